#include "source/warc_reader.h"

#include <algorithm>
#include <fstream>

#include "core/ascii.h"
#include "source/http_response.h"
#include "source/input_reader.h"
#include "source/warc_stream.h"

namespace vigie {

namespace {

// WARC headers run to a few hundred bytes; 64 KiB without a blank line is not a header.
constexpr size_t kMaxHeaderBytes = 1 << 16;
constexpr std::string_view kRecordStart = "WARC/1.";
// Bytes looked at after a block: its CRLF CRLF and the start of the next "WARC/1." line.
constexpr size_t kTrailerPeek = 4 + 7;

bool ParseLength(std::string_view text, uint64_t& out) {
  if (text.empty() || text.size() > 15) return false;  // 15 digits: far above any real record
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<uint64_t>(c - '0');
  }
  return true;
}

std::string SizeText(uint64_t bytes) { return std::to_string(bytes) + " bytes"; }

// One pass over a WARC stream; see ReadWarc.
class WarcParser {
 public:
  WarcParser(std::istream& in, const std::string& name, const WarcOptions& options, const DocumentSink& on_document,
             const ProblemSink& on_problem)
      : stream_(in,
                [this](uint64_t member, const std::string& message) {
                  Report(name_ + " (gzip member at byte " + std::to_string(member) + ")", message);
                }),
        name_(name),
        options_(options),
        on_document_(on_document),
        on_problem_(on_problem) {}

  WarcStats Run() {
    while (FindRecordStart() && ReadRecord()) {
    }
    if (stream_.read_error()) Report(name_, "read error");
    if (base_ + buf_.size() == 0 && !stream_.read_error()) Report(name_, "empty input");
    return stats_;
  }

 private:
  size_t Buffered() const { return buf_.size() - pos_; }
  uint64_t Offset() const { return base_ + pos_; }

  // Makes at least `n` bytes available from pos_; false when the input ends first. Bytes
  // before pos_ may be dropped, so views into buf_ do not survive a call.
  bool Want(size_t n) {
    while (Buffered() < n) {
      if (eof_) return false;
      if (pos_ > 0) {
        buf_.erase(0, pos_);
        base_ += pos_;
        pos_ = 0;
      }
      if (!stream_.ReadMore(buf_)) eof_ = true;
    }
    return true;
  }

  bool Discard(uint64_t n) {
    while (n > 0) {
      if (Buffered() == 0 && !Want(1)) return false;
      size_t take = static_cast<size_t>(std::min<uint64_t>(n, Buffered()));
      pos_ += take;
      n -= take;
    }
    return true;
  }

  void Report(const std::string& where, const std::string& message) {
    ++stats_.problems;
    on_problem_({where, message});
  }

  std::string RecordLabel(uint64_t offset) const {
    std::string label = name_ + " (record " + std::to_string(stats_.records);
    if (stream_.is_gzip())
      return label + " in the gzip member at byte " + std::to_string(stream_.FileOffset(offset)) + ")";
    return label + " at byte " + std::to_string(offset) + ")";
  }

  // After a broken record: go back to `offset` (or as near as still buffered) and look
  // for the next record without reporting the skipped bytes again.
  void Resync(uint64_t offset) {
    offset = std::clamp<uint64_t>(offset, base_, base_ + buf_.size());
    pos_ = static_cast<size_t>(offset - base_);
    quiet_scan_ = true;
  }

  // Moves to the next line starting "WARC/1.", past blank lines and reporting anything
  // else as garbage. Returns false at the end of input.
  bool FindRecordStart() {
    const bool quiet = quiet_scan_;
    quiet_scan_ = false;
    while (Want(1) && (buf_[pos_] == '\r' || buf_[pos_] == '\n')) ++pos_;
    if (!Want(1)) return false;
    Want(kRecordStart.size());
    if (std::string_view(buf_).substr(pos_).starts_with(kRecordStart)) return true;
    const uint64_t garbage_start = Offset();
    bool found = false;
    while (!found) {
      size_t hit = std::string_view(buf_).find("\nWARC/1.", pos_);
      hit = hit == std::string_view::npos ? hit : hit + 1;
      // Where gzip data went missing, a record may start mid-line: the next good member.
      for (uint64_t loss : stream_.losses()) {
        if (loss < Offset() || loss >= base_ + buf_.size() || loss - base_ >= hit) continue;
        if (std::string_view(buf_).substr(static_cast<size_t>(loss - base_)).starts_with(kRecordStart))
          hit = static_cast<size_t>(loss - base_);
      }
      if (hit != std::string_view::npos) {
        pos_ = hit;
        found = true;
        break;
      }
      // Keep a tail that could be the start of a split "\nWARC/1.".
      size_t keep = std::min(Buffered(), kRecordStart.size());
      pos_ = buf_.size() - keep;
      if (!Want(keep + 1)) {
        pos_ = buf_.size();
        break;
      }
    }
    if (!quiet && !stream_.LostBetween(garbage_start, Offset())) {
      std::string where =
          stream_.is_gzip() ? name_ + " (gzip member at byte " + std::to_string(stream_.FileOffset(garbage_start)) + ")"
                            : name_ + " (byte " + std::to_string(garbage_start) + ")";
      Report(where, SizeText(Offset() - garbage_start) + " that are not a WARC record" +
                        (found ? "; skipped to the next \"WARC/1.\" line" : " at the end of the file"));
    }
    return found;
  }

  // Whether the bytes at buf_[at] end a block: its blank line (CRLF CRLF, or bare LFs),
  // or, leniently, only line ends before the end of input or the next "WARC/1." line.
  bool EndsRecord(size_t at) const {
    std::string_view rest = std::string_view(buf_).substr(at);
    if (rest.starts_with("\r\n\r\n") || rest.starts_with("\n\n") || rest.starts_with("\r\n\n")) return true;
    size_t text = rest.find_first_not_of("\r\n");
    if (text == std::string_view::npos) return eof_ || rest.size() >= kTrailerPeek;
    return rest.substr(text).starts_with(kRecordStart);
  }

  // Reads the record at pos_. Returns false when the input ended inside it.
  bool ReadRecord() {
    const uint64_t record_offset = Offset();
    stream_.Forget(record_offset);
    ++stats_.records;
    size_t header_length;
    while (true) {
      std::string_view view = std::string_view(buf_).substr(pos_, kMaxHeaderBytes);
      header_length = HeaderBlockLength(view);
      if (header_length != std::string_view::npos) break;
      if (view.size() >= kMaxHeaderBytes) {
        Report(RecordLabel(record_offset), "record header runs over 64 KiB without a blank line; skipped");
        Resync(record_offset + 1);
        return true;
      }
      if (!Want(Buffered() + 1)) {
        if (!stream_.LostBetween(record_offset + 1, Offset() + Buffered()))
          Report(RecordLabel(record_offset), "file ends inside the record header");
        pos_ = buf_.size();
        return false;
      }
    }
    const std::string_view header = std::string_view(buf_).substr(pos_, header_length);
    const std::string_view length_text = HeaderValue(header, "Content-Length");
    uint64_t length = 0;
    if (!ParseLength(length_text, length)) {
      Report(RecordLabel(record_offset),
             length_text.empty() ? "record has no Content-Length header; skipped"
                                 : "bad Content-Length header \"" + std::string(length_text) + "\"; skipped");
      Resync(record_offset + 1);
      return true;
    }
    const std::string_view block_type = HeaderValue(header, "Content-Type");
    const bool is_response = AsciiEqualsNoCase(HeaderValue(header, "WARC-Type"), "response");
    // dns: and other non-HTTP responses say so in the record's Content-Type.
    const bool is_http = block_type.empty() ||
                         (block_type.size() >= 16 && AsciiEqualsNoCase(block_type.substr(0, 16), "application/http"));
    const bool too_large = length > options_.max_record_bytes;
    Record record;
    if (is_response && is_http && !too_large) {
      record.target = HeaderValue(header, "WARC-Target-URI");
      if (record.target.size() >= 2 && record.target.front() == '<' && record.target.back() == '>')
        record.target = record.target.substr(1, record.target.size() - 2);  // WARC 1.0 examples bracket it
      record.date = HeaderValue(header, "WARC-Date");
      record.truncated = !HeaderValue(header, "WARC-Truncated").empty();
    }
    pos_ += header_length;
    const uint64_t block_offset = Offset();

    if (!is_response || !is_http || too_large) {
      if (too_large && is_response && is_http) {
        Report(RecordLabel(record_offset), "response record is " + SizeText(length) + ", over the limit of " +
                                               SizeText(options_.max_record_bytes) + "; skipped");
      } else {
        ++stats_.skipped;
      }
      if (!Discard(length)) return CutShort(record_offset, length, block_offset);
      Want(kTrailerPeek);
      if (!EndsRecord(pos_)) return Misaligned(record_offset, length, block_offset);
      return true;
    }
    if (!Want(static_cast<size_t>(length))) return CutShort(record_offset, length, block_offset);
    Want(static_cast<size_t>(length) + kTrailerPeek);
    if (!EndsRecord(pos_ + static_cast<size_t>(length))) return Misaligned(record_offset, length, block_offset);
    if (!stream_.LostBetween(record_offset + 1, block_offset + length))
      HandleResponse(record_offset, std::string_view(buf_).substr(pos_, static_cast<size_t>(length)), record);
    pos_ += static_cast<size_t>(length);
    return true;
  }

  struct Record {
    std::string target;
    std::string date;
    bool truncated = false;
  };

  bool CutShort(uint64_t record_offset, uint64_t length, uint64_t block_offset) {
    uint64_t end = base_ + buf_.size();
    if (!stream_.LostBetween(record_offset + 1, end)) {
      Report(RecordLabel(record_offset), "file ends inside the record: Content-Length is " + std::to_string(length) +
                                             " but only " + SizeText(end - block_offset) + " follow");
    }
    pos_ = buf_.size();
    return false;
  }

  bool Misaligned(uint64_t record_offset, uint64_t length, uint64_t block_offset) {
    if (!stream_.LostBetween(record_offset + 1, block_offset + length + kTrailerPeek)) {
      Report(RecordLabel(record_offset),
             "record does not end where its Content-Length (" + std::to_string(length) + ") says; skipped");
    }
    Resync(block_offset);
    return true;
  }

  void HandleResponse(uint64_t record_offset, std::string_view block, Record& record) {
    HttpResponse http;
    if (!ParseHttpResponse(block, http)) {
      Report(RecordLabel(record_offset), "response record does not hold an HTTP response; skipped");
      return;
    }
    const std::string media = MediaType(http.content_type);
    const bool declared_html = media == "text/html" || media == "application/xhtml+xml";
    if (http.status < 200 || http.status > 299 || (!media.empty() && !declared_html)) {
      ++stats_.skipped;
      return;
    }
    Result<std::string> body = DecodeHttpBody(http, record.truncated, options_.max_record_bytes);
    if (!body.ok()) {
      Report(RecordLabel(record_offset), body.status().message() + "; page skipped (" + record.target + ")");
      return;
    }
    if (body->empty() || (!declared_html && !LooksLikeHtml(*body))) {
      ++stats_.skipped;
      return;
    }
    Document doc;
    doc.id = record.target.empty() ? name_ + "#record-" + std::to_string(stats_.records) : record.target;
    doc.url = std::move(record.target);
    doc.fetched = std::move(record.date);
    doc.type = ContentType::kHtml;
    doc.charset = CharsetParameter(http.content_type);
    doc.bytes = std::move(body).value();
    ++stats_.documents;
    on_document_(std::move(doc));
  }

  WarcStream stream_;
  const std::string& name_;
  const WarcOptions& options_;
  const DocumentSink& on_document_;
  const ProblemSink& on_problem_;
  WarcStats stats_;
  std::string buf_;  // content from base_ on; pos_ is the next byte to parse
  size_t pos_ = 0;
  uint64_t base_ = 0;  // content offset of buf_[0]
  bool eof_ = false;
  bool quiet_scan_ = false;  // the next skip to a record start belongs to an error already reported
};

}  // namespace

WarcStats ReadWarc(std::istream& in, const std::string& name, const WarcOptions& options,
                   const DocumentSink& on_document, const ProblemSink& on_problem) {
  WarcParser parser(in, name, options, on_document, on_problem);
  return parser.Run();
}

WarcStats ReadWarcFile(const std::string& path, const WarcOptions& options, const DocumentSink& on_document,
                       const ProblemSink& on_problem) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_problem({path, "cannot open file"});
    WarcStats stats;
    stats.problems = 1;
    return stats;
  }
  return ReadWarc(in, path, options, on_document, on_problem);
}

}  // namespace vigie
