#include "coding/civil_calendar.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(CivilCalendar, DaysRoundTripAndWeekdays) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(CivilFromDays(DaysFromCivil({2024, 2, 29})), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2024, 3, 1}, -1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2023, 12, 31}, 1), (CivilDate{2024, 1, 1}));
  EXPECT_EQ(Weekday({2024, 9, 17}), 2);  // a Tuesday
  EXPECT_EQ(Weekday({2021, 6, 5}), 6);   // a Saturday
  EXPECT_EQ(Weekday({1900, 1, 1}), 1);   // a Monday
  for (int64_t d = -50000; d < 50000; d += 997) EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
}

}  // namespace
}  // namespace vigie
