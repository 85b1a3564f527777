// Fuzzes what the JSON API reads from a web client: a query string's parameters (split at
// '&' and '=' as a client would send them) and a change's JSON body. No crash; a refusal
// always says why; an accepted filter keeps its page within the API's limits; an accepted
// body is an object of plain values.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "server/api_request.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first line is a query string, the rest a body.
  const size_t newline = bytes.find('\n');
  const std::string_view query = bytes.substr(0, newline);
  const std::string body(newline == std::string_view::npos ? std::string_view() : bytes.substr(newline + 1));

  std::multimap<std::string, std::string> params;
  for (size_t at = 0; at <= query.size();) {
    const size_t end = std::min(query.find('&', at), query.size());
    const std::string_view pair = query.substr(at, end - at);
    const size_t equals = pair.find('=');
    params.emplace(std::string(pair.substr(0, equals)),
                   equals == std::string_view::npos ? std::string() : std::string(pair.substr(equals + 1)));
    at = end + 1;
  }
  auto filter = vigie::ParseEventQuery(params, {"by"});
  if (!filter.ok()) {
    if (filter.status().message().empty()) __builtin_trap();
  } else if (filter->limit < 1 || filter->limit > vigie::kMaxPageSize || filter->offset < 0) {
    __builtin_trap();
  }

  auto object = vigie::ParseFlatJsonObject(body);
  if (!object.ok()) {
    if (object.status().message().empty()) __builtin_trap();
  } else {
    if (!object->is_object()) __builtin_trap();
    for (const auto& [key, value] : object->items()) {
      if (value.is_structured()) __builtin_trap();
    }
  }
  return 0;
}
