#include "source/input_reader.h"

#include <simdjson.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "core/ascii.h"
#include "core/file_bytes.h"
#include "core/human_size.h"
#include "core/utf8.h"
#include "source/warc_reader.h"

namespace vigie {

namespace fs = std::filesystem;

namespace {

bool Gunzip(const std::string& in, size_t limit, std::string& out, std::string& error) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) {
    error = "cannot start gzip decoder";
    return false;
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buffer[1 << 16];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&zs);
      error = rc == Z_BUF_ERROR ? "truncated gzip data" : "corrupt gzip data";
      return false;
    }
    out.append(buffer, sizeof buffer - zs.avail_out);
    if (out.size() > limit) {
      inflateEnd(&zs);
      error = "decompressed size over the limit of " + HumanSize(limit);
      return false;
    }
    if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
      inflateEnd(&zs);
      error = "truncated gzip data";
      return false;
    }
  }
  inflateEnd(&zs);
  return true;
}

bool IsKnownExtension(const std::string& ext) {
  return ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".txt" || ext == ".json" || ext == ".jsonl" ||
         ext == ".warc";
}

}  // namespace

bool IsIsoDate(std::string_view s) {
  auto digits = [&](size_t at, size_t count) {
    if (at + count > s.size()) return false;
    for (size_t i = at; i < at + count; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  // YYYY-MM-DD
  if (!digits(0, 4) || s.size() < 10 || s[4] != '-' || !digits(5, 2) || s[7] != '-' || !digits(8, 2)) return false;
  if (s.size() == 10) return true;
  // [T ] then digits, colons and dots
  if (s[10] != 'T' && s[10] != ' ') return false;
  size_t at = 11;
  while (at < s.size() && ((s[at] >= '0' && s[at] <= '9') || s[at] == ':' || s[at] == '.')) ++at;
  if (at == 11) return false;
  // then nothing, Z, or [+-]HH:MM (the colon optional)
  const std::string_view zone = s.substr(at);
  if (zone.empty() || zone == "Z") return true;
  if (zone[0] != '+' && zone[0] != '-') return false;
  const size_t minutes = zone.size() > 3 && zone[3] == ':' ? 4 : 3;
  return zone.size() == minutes + 2 && digits(at + 1, 2) && digits(at + minutes, 2);
}

bool LooksLikeText(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return true;  // UTF-16 with BOM
  std::string_view head = bytes.substr(0, 8192);
  size_t controls = 0;
  for (char c : head) {
    auto b = static_cast<unsigned char>(c);
    if (b == 0) return false;
    if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') ++controls;
  }
  return controls * 20 <= head.size();  // over 5% control bytes: not text
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 2048));
  size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string::npos || head[first] != '<') return false;
  for (const char* tag :
       {"<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<p ", "<meta", "<title", "<article"})
    if (head.find(tag) != std::string::npos) return true;
  return false;
}

void InputReader::Read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
                       const ProblemSink& on_problem) const {
  for (const std::string& input : inputs) {
    if (input == "-") {
      std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      if (bytes.size() > options_.max_document_bytes) {
        on_problem({"-", "standard input is " + HumanSize(bytes.size()) + ", over the limit of " +
                             HumanSize(options_.max_document_bytes)});
        continue;
      }
      // JSON Lines on stdin when the first non-space byte opens an object.
      size_t first = bytes.find_first_not_of(" \t\r\n");
      std::string ext = (first != std::string::npos && bytes[first] == '{') ? ".jsonl" : "";
      ReadBytes("-", ext, std::move(bytes), on_document, on_problem);
      continue;
    }
    ReadPath(input, false, on_document, on_problem);
  }
}

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    if (fs::is_directory(input, ec)) {
      for (fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const uintmax_t size = it->file_size(ec);
        if (!ec) total += size;
      }
    } else if (fs::is_regular_file(input, ec)) {
      const uintmax_t size = fs::file_size(input, ec);
      if (!ec) total += size;
    }
    ec.clear();
  }
  return total;
}

void InputReader::ReadPath(const std::string& path, bool from_directory, const DocumentSink& on_document,
                           const ProblemSink& on_problem) const {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    on_problem({path, "no such file or directory"});
    return;
  }
  if (fs::is_directory(status)) {
    std::vector<std::string> entries;
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) entries.push_back(it->path().string());
    }
    if (ec) on_problem({path, "cannot list directory: " + ec.message()});
    std::sort(entries.begin(), entries.end());
    if (entries.empty()) on_problem({path, "directory holds no files", true});
    for (const std::string& entry : entries) ReadPath(entry, true, on_document, on_problem);
    return;
  }
  if (!fs::is_regular_file(status)) {
    on_problem({path, "not a regular file"});
    return;
  }
  // However the file ends (read, refused, streamed), its bytes count as read once done.
  struct BytesDone {
    const std::function<void(uint64_t)>& report;
    uint64_t bytes;
    ~BytesDone() {
      if (report && bytes > 0) report(bytes);
    }
  } done{options_.on_bytes_read, fs::file_size(path, ec)};
  if (ec) done.bytes = 0;
  std::string ext = AsciiLower(fs::path(path).extension().string());
  const bool gzipped = ext == ".gz";
  if (gzipped) ext = AsciiLower(fs::path(path).stem().extension().string());
  if (ext == ".warc") {
    // Streamed record by record: the size limit applies to each record, not to the archive.
    WarcOptions warc_options;
    warc_options.max_record_bytes = options_.max_document_bytes;
    WarcStats stats = ReadWarcFile(path, warc_options, on_document, on_problem);
    if (stats.records > 0 && stats.documents == 0) {
      on_problem({path, "no HTML page among its " + std::to_string(stats.records) + " WARC records", true});
    }
    return;
  }
  if (from_directory && !IsKnownExtension(ext)) {
    on_problem({path, "skipped: not an .html, .htm, .txt, .json, .jsonl or .warc file", true});
    return;
  }
  const bool is_json_lines = ext == ".jsonl" || ext == ".json";
  if (is_json_lines && !gzipped && StreamJsonLines(path, on_document, on_problem)) {
    done.bytes = 0;  // told line by line
    return;
  }
  // A JSON Lines file may hold many documents: its limit applies per record, not per file.
  const size_t limit = is_json_lines ? SIZE_MAX : options_.max_document_bytes;
  const uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > limit) {
    on_problem({path, "file is " + HumanSize(size) + ", over the limit of " + HumanSize(limit) +
                          " (raise it with --max-bytes)"});
    return;
  }
  auto read = ReadFileBytes(path, ec ? 0 : size);
  if (!read.ok()) {
    on_problem({path, read.status().message()});
    return;
  }
  std::string bytes = std::move(read).value();
  std::string error;
  if (gzipped) {
    std::string plain;
    if (!Gunzip(bytes, limit, plain, error)) {
      on_problem({path, error});
      return;
    }
    bytes.swap(plain);
  }
  ReadBytes(path, ext, std::move(bytes), on_document, on_problem);
}

void InputReader::ReadBytes(const std::string& name, std::string ext, std::string bytes,
                            const DocumentSink& on_document, const ProblemSink& on_problem) const {
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    on_problem({name, "empty input"});
    return;
  }
  if (!LooksLikeText(bytes)) {
    on_problem({name, "binary data, not HTML or text"});
    return;
  }
  if (ext == ".jsonl" || ext == ".json") {
    ReadJsonLines(name, bytes, on_document, on_problem);
    return;
  }
  Document doc;
  doc.id = name;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") {
    doc.type = ContentType::kHtml;
  } else if (ext == ".txt") {
    doc.type = ContentType::kText;
  } else {
    doc.type = LooksLikeHtml(bytes) ? ContentType::kHtml : ContentType::kText;
  }
  doc.bytes = std::move(bytes);
  on_document(std::move(doc));
}

// One JSON record's fields as `vigie extract` reads them (DESIGN.md section 4); a field of
// another type than the contract's counts as absent.
struct JsonRecord {
  bool is_object = false;
  bool has_id = false;
  std::string id, url, title, published, html, text;
};

namespace {

JsonRecord ReadJsonRecord(simdjson::dom::element element) {
  JsonRecord record;
  simdjson::dom::object object;
  if (element.get_object().get(object) != simdjson::SUCCESS) return record;
  record.is_object = true;
  for (simdjson::dom::key_value_pair field : object) {
    std::string_view value;
    const bool is_string = field.value.get_string().get(value) == simdjson::SUCCESS;
    if (field.key == "id") {
      // A later "id" replaces an earlier one, as for every field.
      int64_t number = 0;
      uint64_t unsigned_number = 0;
      record.has_id = true;
      if (is_string) {
        record.id.assign(value);
      } else if (field.value.get_int64().get(number) == simdjson::SUCCESS) {
        record.id = std::to_string(number);
      } else if (field.value.get_uint64().get(unsigned_number) == simdjson::SUCCESS) {
        record.id = std::to_string(unsigned_number);
      } else {
        record.has_id = false;
        record.id.clear();
      }
      continue;
    }
    std::string* target = field.key == "url"         ? &record.url
                          : field.key == "title"     ? &record.title
                          : field.key == "published" ? &record.published
                          : field.key == "html"      ? &record.html
                          : field.key == "text"      ? &record.text
                                                     : nullptr;
    if (target != nullptr) target->assign(is_string ? value : std::string_view());
  }
  return record;
}

// One parser per thread: it keeps its buffers from one record to the next.
simdjson::dom::parser& JsonParser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

}  // namespace

void InputReader::EmitRecord(JsonRecord&& record, const std::string& where, const DocumentSink& on_document,
                             const ProblemSink& on_problem) const {
  if (!record.is_object) {
    on_problem({where, "expected a JSON object"});
    return;
  }
  if (!record.has_id || record.id.empty()) {
    on_problem({where, "record has no \"id\" (a non-empty string)"});
    return;
  }
  Document doc;
  doc.id = std::move(record.id);
  doc.url = std::move(record.url);
  doc.title = std::move(record.title);
  doc.published = std::move(record.published);
  if (!doc.published.empty() && !IsIsoDate(doc.published)) {
    on_problem({where, "\"published\" is not YYYY-MM-DD or an ISO time: \"" + doc.published + "\""});
    doc.published.clear();
  }
  doc.published = doc.published.substr(0, 10);
  if (!record.html.empty()) {
    doc.type = ContentType::kHtml;
    doc.bytes = std::move(record.html);
  } else if (!record.text.empty()) {
    doc.type = ContentType::kText;
    doc.bytes = std::move(record.text);
  } else {
    on_problem({where + " (id " + doc.id + ")", "record has neither \"text\" nor \"html\""});
    return;
  }
  if (doc.bytes.size() > options_.max_document_bytes) {
    on_problem({where + " (id " + doc.id + ")", "document over the size limit"});
    return;
  }
  doc.charset = "utf-8";
  on_document(std::move(doc));
}

void InputReader::ReadJsonLine(const std::string& name, int line_number, std::string_view line,
                               const DocumentSink& on_document, const ProblemSink& on_problem) const {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
  const std::string where = name + ":" + std::to_string(line_number);
  line.remove_prefix(Utf8BomLength(line));  // a byte-order mark opening the file
  simdjson::dom::element element;
  if (JsonParser().parse(line.data(), line.size()).get(element) != simdjson::SUCCESS) {
    on_problem({where, "malformed JSON"});
    return;
  }
  EmitRecord(ReadJsonRecord(element), where, on_document, on_problem);
}

bool InputReader::StreamJsonLines(const std::string& path, const DocumentSink& on_document,
                                  const ProblemSink& on_problem) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  // The head decides: an array, binary data or an empty file go the whole-file way, which
  // reports them; JSON Lines are read a line at a time, so memory stays that of one record.
  char head[4096];
  in.read(head, sizeof head);
  const std::string_view start(head, static_cast<size_t>(in.gcount()));
  const size_t first = start.find_first_not_of(" \t\r\n", Utf8BomLength(start));
  if (first == std::string_view::npos || start[first] == '[' || !LooksLikeText(start)) return false;
  in.clear();
  in.seekg(0);
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ReadJsonLine(path, ++line_number, line, on_document, on_problem);
    if (options_.on_bytes_read) options_.on_bytes_read(line.size() + 1);
  }
  if (in.bad()) on_problem({path, "read error after line " + std::to_string(line_number)});
  return true;
}

void InputReader::ReadJsonLines(const std::string& name, const std::string& bytes, const DocumentSink& on_document,
                                const ProblemSink& on_problem) const {
  // A .json file may hold one object or an array of them.
  const size_t bom = Utf8BomLength(bytes);
  size_t first = bytes.find_first_not_of(" \t\r\n", bom);
  if (first != std::string::npos && bytes[first] == '[') {
    simdjson::dom::array array;
    if (JsonParser().parse(bytes.data() + bom, bytes.size() - bom).get_array().get(array) != simdjson::SUCCESS) {
      on_problem({name, "malformed JSON array"});
      return;
    }
    // Every record is copied out before any is passed on: the parser's tree lives only
    // until its next use, which the sinks must be free to make.
    std::vector<JsonRecord> records;
    for (simdjson::dom::element element : array) records.push_back(ReadJsonRecord(element));
    for (size_t i = 0; i < records.size(); ++i) {
      EmitRecord(std::move(records[i]), name + "[" + std::to_string(i) + "]", on_document, on_problem);
    }
    return;
  }
  size_t line_start = 0;
  int line_number = 0;
  while (line_start < bytes.size()) {
    size_t line_end = bytes.find('\n', line_start);
    if (line_end == std::string::npos) line_end = bytes.size();
    ReadJsonLine(name, ++line_number, std::string_view(bytes.data() + line_start, line_end - line_start), on_document,
                 on_problem);
    line_start = line_end + 1;
  }
}

}  // namespace vigie
