// The event record as JSON, in the record's key order (DESIGN.md section 3): what
// `vigie code` prints, what the store keeps for each report and event, and back.
#pragma once

#include <string>
#include <string_view>

#include "coding/event_record.h"
#include "core/status.h"

namespace vigie {

// Every field of `event` as one compact JSON object, without a newline, in the record's key
// order. Unknown values (empty optional strings, iso 0, no coordinates, no upper fatality
// figure) are null. Written field by field (no JSON tree): the store serialises every event
// it saves. Invalid UTF-8 (never expected: text is repaired at extraction) is repaired.
std::string EventToJsonLine(const EventRecord& event);

// Appends `value` as a JSON string (quotes, escapes; UTF-8 kept as is).
void AppendJsonString(std::string_view value, std::string& out);

// Makes `event` what EventFromJson(EventToJsonLine(event)) reads back, without writing or
// parsing any JSON: the confidence rounded to hundredths, unknown coordinates (or ones that
// are not finite) and an open upper toll in their one form, invalid UTF-8 repaired. Lets a
// store keep a record it saved in memory instead of reading it back. The evidence before
// `first_evidence` and the sources before `first_source` are taken as read back already:
// a record changed in memory is normalised again in time that does not grow with its lists.
void NormalizeAsJsonReadsBack(EventRecord& event, size_t first_evidence = 0, size_t first_source = 0);

// The inverse of EventToJson: a record from its JSON object. Fails, naming the field, on
// malformed JSON or a field of the wrong type; absent fields keep their defaults.
Result<EventRecord> EventFromJson(std::string_view json);

}  // namespace vigie
