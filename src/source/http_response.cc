#include "source/http_response.h"

#include <zlib.h>

#include <cstring>

#include "core/ascii.h"

namespace vigie {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Whether `codings` (a comma-separated header value) names `coding`.
bool ListsCoding(std::string_view codings, std::string_view coding) {
  while (!codings.empty()) {
    size_t comma = codings.find(',');
    if (AsciiEqualsNoCase(Trim(codings.substr(0, comma)), coding)) return true;
    if (comma == std::string_view::npos) break;
    codings.remove_prefix(comma + 1);
  }
  return false;
}

std::string SizeText(size_t bytes) { return std::to_string(bytes) + " bytes"; }

// Undoes chunked transfer coding. A body with no chunk-size line at all is taken as
// already decoded: some archivers store the payload de-chunked but keep the header.
Result<std::string> Dechunk(std::string_view body, bool truncated) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (true) {
    size_t line_end = body.find('\n', pos);
    if (line_end == std::string_view::npos) break;  // ends without the last chunk
    std::string_view line = Trim(body.substr(pos, line_end - pos));
    size_t digits = 0;
    uint64_t size = 0;
    while (digits < line.size() && isxdigit(static_cast<unsigned char>(line[digits]))) {
      char c = line[digits];
      size = size * 16 + static_cast<uint64_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
      if (++digits > 15) return Status::Error("malformed chunked body (chunk size too large)");
    }
    bool extension_only = digits < line.size() && (line[digits] == ';' || IsAsciiSpace(line[digits]));
    if (digits == 0 || (digits < line.size() && !extension_only)) {
      if (first) return std::string(body);
      return Status::Error("malformed chunked body (bad chunk size line at byte " + std::to_string(pos) + ")");
    }
    first = false;
    if (size == 0) return out;  // the last chunk; trailers are of no use here
    size_t data = line_end + 1;
    if (size > body.size() - data) {
      out.append(body.substr(data));
      break;
    }
    out.append(body.substr(data, size));
    pos = data + size;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  if (!truncated) return Status::Error("chunked body cut short (no last chunk)");
  return out;
}

// Inflates `in` with zlib `window_bits` (31: gzip, 15: zlib, -15: raw deflate).
Result<std::string> Inflate(std::string_view in, int window_bits, bool truncated, size_t max_bytes) {
  if (in.size() > UINT32_MAX) return Status::Error("compressed body too large to decode");
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Status::Error("cannot start the zlib decoder");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  std::string out;
  int rc = Z_OK;
  while (rc == Z_OK) {
    size_t old = out.size();
    size_t room = std::max<size_t>(in.size(), 1 << 15);
    out.resize(old + room);
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    zs.avail_out = static_cast<uInt>(room);
    rc = inflate(&zs, Z_NO_FLUSH);
    out.resize(old + room - zs.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&zs);
      return Status::Error("decoded body over the limit of " + SizeText(max_bytes));
    }
    if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) rc = Z_BUF_ERROR;  // input ran out
  }
  std::string message = zs.msg ? zs.msg : "corrupt data";
  inflateEnd(&zs);
  if (rc == Z_STREAM_END) return out;
  if (rc == Z_BUF_ERROR) {
    if (truncated) return out;
    return Status::Error("compressed body cut short");
  }
  return Status::Error("corrupt compressed body: " + message);
}

}  // namespace

size_t HeaderBlockLength(std::string_view bytes) {
  size_t pos = 0;
  while (true) {
    const void* found = memchr(bytes.data() + pos, '\n', bytes.size() - pos);
    if (found == nullptr) return std::string_view::npos;
    size_t nl = static_cast<const char*>(found) - bytes.data();
    if (nl + 1 < bytes.size() && bytes[nl + 1] == '\n') return nl + 2;
    if (nl + 2 < bytes.size() && bytes[nl + 1] == '\r' && bytes[nl + 2] == '\n') return nl + 3;
    if (nl + 2 >= bytes.size()) return std::string_view::npos;
    pos = nl + 1;
  }
}

std::string_view HeaderValue(std::string_view header_block, std::string_view name) {
  size_t pos = header_block.find('\n');
  while (pos != std::string_view::npos && pos + 1 < header_block.size()) {
    size_t start = pos + 1;
    pos = header_block.find('\n', start);
    std::string_view line = header_block.substr(start, pos == std::string_view::npos ? pos : pos - start);
    if (line.size() > name.size() && line[name.size()] == ':' && AsciiEqualsNoCase(line.substr(0, name.size()), name))
      return Trim(line.substr(name.size() + 1));
  }
  return {};
}

bool ParseHttpResponse(std::string_view block, HttpResponse& out) {
  out = HttpResponse();
  if (!block.starts_with("HTTP/")) return false;
  size_t space = block.find(' ');
  size_t line_end = block.find('\n');
  if (space == std::string_view::npos || space > line_end || space + 4 > block.size()) return false;
  int status = 0;
  for (size_t i = space + 1; i < space + 4; ++i) {
    if (block[i] < '0' || block[i] > '9') return false;
    status = status * 10 + (block[i] - '0');
  }
  out.status = status;
  size_t header_length = HeaderBlockLength(block);
  std::string_view header = header_length == std::string_view::npos ? block : block.substr(0, header_length);
  out.content_type = HeaderValue(header, "Content-Type");
  out.transfer_encoding = HeaderValue(header, "Transfer-Encoding");
  out.content_encoding = HeaderValue(header, "Content-Encoding");
  if (header_length != std::string_view::npos) out.body = block.substr(header_length);
  return true;
}

std::string MediaType(std::string_view content_type) {
  return AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
}

std::string CharsetParameter(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  size_t pos = lower.find("charset=");
  if (pos == std::string::npos) return {};
  std::string_view value = std::string_view(lower).substr(pos + 8);
  value = Trim(value.substr(0, value.find(';')));
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return std::string(Trim(value));
}

Result<std::string> DecodeHttpBody(const HttpResponse& response, bool truncated, size_t max_bytes) {
  std::string_view body = response.body;
  std::string dechunked;
  if (ListsCoding(response.transfer_encoding, "chunked")) {
    Result<std::string> plain = Dechunk(body, truncated);
    if (!plain.ok()) return plain.status();
    dechunked = std::move(plain).value();
    body = dechunked;
  }
  std::string_view coding = Trim(response.content_encoding);
  if (coding.empty() || AsciiEqualsNoCase(coding, "identity")) {
    if (body.size() > max_bytes) return Status::Error("body over the limit of " + SizeText(max_bytes));
    return dechunked.empty() ? std::string(body) : std::move(dechunked);
  }
  if (AsciiEqualsNoCase(coding, "gzip") || AsciiEqualsNoCase(coding, "x-gzip"))
    return Inflate(body, 15 + 16, truncated, max_bytes);
  if (AsciiEqualsNoCase(coding, "deflate")) {
    // "deflate" should be zlib-wrapped, but many servers send raw deflate data.
    Result<std::string> zlib = Inflate(body, 15, truncated, max_bytes);
    if (zlib.ok()) return zlib;
    return Inflate(body, -15, truncated, max_bytes);
  }
  return Status::Error("unsupported Content-Encoding \"" + std::string(coding) + "\"");
}

}  // namespace vigie
