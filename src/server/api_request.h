// What the JSON API reads from a request's query string: the event filter, the page and the
// order, each parameter checked, so that a bad value is a 400 with a message naming it.
#pragma once

#include <map>
#include <string>

#include "core/status.h"
#include "store/event_store.h"

namespace vigie {

// The largest page a client may ask for; the default page.
inline constexpr int64_t kMaxPageSize = 1000;
inline constexpr int64_t kDefaultPageSize = 100;

// Reads the filter parameters: country, admin1, event_type, actor, q (full-text search), since
// and until (YYYY-MM-DD), bbox (min_lon,min_lat,max_lon,max_lat), limit (1..1000), offset,
// sort (date, -date, -fatalities). Any other parameter name is refused, except those in
// `also_allowed` (which the caller reads itself). Values longer than 200 bytes are refused.
Result<EventFilter> ParseEventQuery(const std::multimap<std::string, std::string>& params,
                                    std::initializer_list<const char*> also_allowed = {});

}  // namespace vigie
