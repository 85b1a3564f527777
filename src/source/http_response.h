// An archived HTTP response (the block of a WARC response record): status, headers, decoded body.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace vigie {

// Length of the header block at the start of `bytes` through the blank line that ends it
// (CRLF or bare LF line ends); npos when `bytes` holds no blank line yet.
size_t HeaderBlockLength(std::string_view bytes);

// The value of the first header `name` (case-insensitive) in a header block, trimmed;
// empty when absent. The block's first line (status or version line) is not a header.
std::string_view HeaderValue(std::string_view header_block, std::string_view name);

// Views into the record block given to ParseHttpResponse; valid while that block is.
struct HttpResponse {
  int status = 0;                      // 200, 404, ...
  std::string_view content_type;       // the Content-Type header as sent; empty when absent
  std::string_view transfer_encoding;  // e.g. "chunked"; empty when absent
  std::string_view content_encoding;   // e.g. "gzip"; empty when absent
  std::string_view body;               // the bytes after the header, still encoded
};

// Splits `block` into status line, headers and body. Returns false when `block` does not
// start with an HTTP status line ("HTTP/1.1 200 OK"); a header with no blank line after
// it gives an empty body. Header names match case-insensitively; the first one wins.
bool ParseHttpResponse(std::string_view block, HttpResponse& out);

// "text/html" from "Text/HTML; charset=UTF-8": the media type, lower case, no parameters.
std::string MediaType(std::string_view content_type);
// "utf-8" from "text/html; charset=\"UTF-8\"": lower case, unquoted; empty when absent.
std::string CharsetParameter(std::string_view content_type);

// Undoes the transfer and content codings of `response.body` (chunked; gzip, x-gzip,
// deflate, identity) into plain bytes. `truncated` says the archiver cut the payload
// (WARC-Truncated): a body that ends early is then kept as far as it goes instead of
// refused. Fails with a message on corrupt data, an unsupported coding (e.g. "br") or a
// decoded size over `max_bytes`. Cost: linear in the decoded size.
Result<std::string> DecodeHttpBody(const HttpResponse& response, bool truncated, size_t max_bytes);

}  // namespace vigie
