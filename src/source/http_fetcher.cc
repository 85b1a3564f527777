#include "source/http_fetcher.h"

#include <httplib.h>

#include "core/human_size.h"

namespace vigie {

namespace {

// One GET without following redirects (cpp-httplib 0.11 treats a 304 as a redirect without a
// Location and fails it, so redirects are followed here).
Result<FetchedResource> FetchOnce(const std::string& url, const FetchOptions& options, std::string& location) {
  // Split "scheme://host[:port]" from the path.
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string::npos || (url.compare(0, scheme_end, "http") != 0 && url.compare(0, scheme_end, "https") != 0)) {
    return Status::Error(url + ": not an http:// or https:// URL");
  }
  const size_t path_start = url.find('/', scheme_end + 3);
  const std::string origin = url.substr(0, path_start);
  const std::string path = path_start == std::string::npos ? "/" : url.substr(path_start);
  if (origin.size() <= scheme_end + 3) return Status::Error(url + ": no host in the URL");

  httplib::Client client(origin);
  if (!client.is_valid()) return Status::Error(url + ": cannot make a client for this address");
  client.set_connection_timeout(options.timeout_seconds, 0);
  client.set_read_timeout(options.timeout_seconds, 0);
  client.set_follow_location(false);
  client.set_decompress(true);
  httplib::Headers headers = {{"User-Agent", "vigie/0.1 (+news event coding)"}};
  if (!options.etag.empty()) headers.emplace("If-None-Match", options.etag);
  if (!options.last_modified.empty()) headers.emplace("If-Modified-Since", options.last_modified);

  std::string body;
  std::string refusal;
  auto on_response = [&](const httplib::Response& response) {
    if (response.has_header("Content-Length")) {
      const std::string length = response.get_header_value("Content-Length");
      const unsigned long long declared = std::strtoull(length.c_str(), nullptr, 10);
      if (declared > options.max_bytes) {
        refusal = "the body is " + HumanSize(declared) + ", over the limit of " + HumanSize(options.max_bytes);
        return false;
      }
    }
    return true;
  };
  auto on_data = [&](const char* data, size_t length) {
    if (body.size() + length > options.max_bytes) {
      refusal = "the body is over the limit of " + HumanSize(options.max_bytes) + " (reading stopped)";
      return false;
    }
    body.append(data, length);
    return true;
  };
  httplib::Result result = client.Get(path, headers, on_response, on_data);
  if (!refusal.empty()) return Status::Error(url + ": " + refusal);
  if (!result) return Status::Error(url + ": " + httplib::to_string(result.error()));
  FetchedResource fetched;
  fetched.status = result->status;
  fetched.not_modified = result->status == 304;
  const bool redirect = result->status == 301 || result->status == 302 || result->status == 303 ||
                        result->status == 307 || result->status == 308;
  if (redirect) {
    location = result->get_header_value("Location");
    if (location.empty()) return Status::Error(url + ": HTTP " + std::to_string(result->status) + " without a Location");
    if (location.starts_with("/")) location = origin + location;
    return fetched;
  }
  if (!fetched.not_modified && (result->status < 200 || result->status > 299)) {
    return Status::Error(url + ": HTTP " + std::to_string(result->status));
  }
  fetched.content_type = result->get_header_value("Content-Type");
  fetched.etag = result->get_header_value("ETag");
  fetched.last_modified = result->get_header_value("Last-Modified");
  fetched.body = std::move(body);
  return fetched;
}

}  // namespace

Result<FetchedResource> FetchUrl(const std::string& url, const FetchOptions& options) {
  std::string current = url;
  for (int hop = 0; hop <= 5; ++hop) {
    std::string location;
    auto fetched = FetchOnce(current, options, location);
    if (!fetched.ok() || location.empty()) return fetched;
    current = location;
  }
  return Status::Error(url + ": more than 5 redirects");
}

}  // namespace vigie
