// What the JSON API reads from a request: the query string's event filter, page and order,
// each parameter checked, and a change's JSON body, so that bad input is a 400 with a message
// naming what is wrong.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/status.h"
#include "store/event_store.h"

namespace vigie {

// The largest page a client may ask for; the default page.
inline constexpr int64_t kMaxPageSize = 1000;
inline constexpr int64_t kDefaultPageSize = 100;
// The points of a map: many more, each a few fields.
inline constexpr int64_t kMaxPoints = 50000;
inline constexpr int64_t kDefaultPoints = 20000;

// Reads the filter parameters: country, admin1, event_type (one, or several separated by
// commas), actor, q (full-text search), since and until (YYYY-MM-DD), bbox
// (min_lon,min_lat,max_lon,max_lat), limit (1..max_limit, default_limit when absent), offset,
// sort (date, -date, -fatalities). Any other parameter name is refused, except those in
// `also_allowed` (which the caller reads itself). Values longer than 200 bytes are refused.
Result<EventFilter> ParseEventQuery(const std::multimap<std::string, std::string>& params,
                                    std::initializer_list<const char*> also_allowed = {},
                                    int64_t max_limit = kMaxPageSize, int64_t default_limit = kDefaultPageSize);

// A change's body: one JSON object whose values are plain (strings, numbers, booleans, null).
// Nested arrays and objects are refused before parsing, however deep, so that no hostile body
// can make the parser or a copy of its result recurse.
Result<nlohmann::json> ParseFlatJsonObject(const std::string& body);

}  // namespace vigie
