// Day arithmetic on calendar dates: what relative dates ("hier", "last Tuesday") need.
#pragma once

#include <cstdint>

#include "extract/date_parser.h"

namespace vigie {

// Days since 1970-01-01 of a valid date, and back; weekday 1 = Monday .. 7 = Sunday.
int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int64_t days);
int Weekday(const CivilDate& date);
// `date` moved by `days` (may be negative).
CivilDate AddDays(const CivilDate& date, int64_t days);

}  // namespace vigie
