#include "text/language_identifier.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(LanguageIdentifier, TellsFrenchFromEnglish) {
  EXPECT_EQ(IdentifyLanguage("Des hommes armés ont attaqué mardi un poste de la gendarmerie dans la région de "
                             "Mopti, faisant plusieurs morts selon des sources locales.")
                .code,
            "fr");
  EXPECT_EQ(IdentifyLanguage("Gunmen attacked a gendarmerie post in the Mopti region on Tuesday, killing several "
                             "people according to local sources.")
                .code,
            "en");
}

TEST(LanguageIdentifier, EmptyTextUsesTheHintOrIsUnknown) {
  EXPECT_EQ(IdentifyLanguage("").code, "und");
  EXPECT_EQ(IdentifyLanguage("", "fr-FR").code, "fr");
}

}  // namespace
}  // namespace vigie
