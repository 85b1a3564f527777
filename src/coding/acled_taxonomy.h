// ACLED's taxonomy (DESIGN.md section 3): the event types, their sub-event types and the
// disorder type each event type belongs to. What an analyst's correction is checked against.
#pragma once

#include <string>
#include <string_view>

namespace vigie {

// True when `sub_event_type` is one of `event_type`'s in ACLED's taxonomy.
bool IsAcledSubEventType(std::string_view event_type, std::string_view sub_event_type);
bool IsAcledEventType(std::string_view event_type);
// "Political violence", "Demonstrations" or "Strategic developments".
std::string AcledDisorderType(std::string_view event_type);

}  // namespace vigie
