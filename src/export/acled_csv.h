// Events as CSV in ACLED's column order, a drop-in for tools written against ACLED's exports.
#pragma once

#include <cstdio>
#include <string>

#include "coding/event_record.h"

namespace vigie {

// ACLED's 31 column names, comma-separated, and a newline.
void AppendAcledCsvHeader(std::string& out);
// One event's ACLED fields (RFC 4180 quoting), and a newline.
void AppendAcledCsvRow(const EventRecord& event, std::string& out);

void WriteAcledCsvHeader(FILE* out);
void WriteAcledCsvRow(const EventRecord& event, FILE* out);

}  // namespace vigie
