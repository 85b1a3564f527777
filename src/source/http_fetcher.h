// Fetches one URL over HTTP or HTTPS (cpp-httplib) with the limits a crawler needs: a body
// size cap checked before and while reading, timeouts, redirects followed, and conditional
// GET (ETag, Last-Modified) so that an unchanged feed costs one short answer.
#pragma once

#include <string>

#include "core/status.h"

namespace vigie {

struct FetchOptions {
  size_t max_bytes = 32u << 20;  // a longer body is refused (Content-Length) or cut off (read)
  int timeout_seconds = 30;      // to connect, and between two reads
  std::string etag;              // sent as If-None-Match when not empty
  std::string last_modified;     // sent as If-Modified-Since when not empty
};

struct FetchedResource {
  int status = 0;              // 200, or 304 when `not_modified`
  bool not_modified = false;   // the conditional GET says nothing changed; body is empty
  std::string content_type;    // the Content-Type header, as sent
  std::string etag;
  std::string last_modified;
  std::string body;            // decoded (gzip/deflate) when the server compressed it
};

// GETs `url` ("http://" or "https://" only). Fails, naming the URL, on a malformed URL, a
// connection or TLS error, a timeout, a status other than 2xx and 304 ("HTTP 404"), or a
// body over `max_bytes`.
Result<FetchedResource> FetchUrl(const std::string& url, const FetchOptions& options = {});

}  // namespace vigie
