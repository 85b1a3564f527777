#include "coding/acled_taxonomy.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(AcledTaxonomy, SubEventTypesBelongToTheirEventType) {
  EXPECT_TRUE(IsAcledSubEventType("Battles", "Armed clash"));
  EXPECT_TRUE(IsAcledSubEventType("Violence against civilians", "Abduction/forced disappearance"));
  EXPECT_FALSE(IsAcledSubEventType("Battles", "Attack"));
  EXPECT_FALSE(IsAcledSubEventType("battles", "Armed clash"));  // names are exact
  EXPECT_TRUE(IsAcledEventType("Riots"));
  EXPECT_FALSE(IsAcledEventType("Massacre"));
  EXPECT_EQ(AcledDisorderType("Riots"), "Demonstrations");
  EXPECT_EQ(AcledDisorderType("Battles"), "Political violence");
  EXPECT_EQ(AcledDisorderType("Strategic developments"), "Strategic developments");
}

}  // namespace
}  // namespace vigie
