// Event records as the command line prints them: JSON Lines in the record's key order, and
// CSV in ACLED's column order (a drop-in for tools written against ACLED exports).
#pragma once

#include <cstdio>
#include <nlohmann/json.hpp>

#include "coding/event_record.h"

namespace vigie {

nlohmann::ordered_json EventToJson(const EventRecord& event);
// ACLED's columns, in order, as the CSV header.
void WriteAcledCsvHeader(FILE* out);
void WriteAcledCsvRow(const EventRecord& event, FILE* out);

}  // namespace vigie
