#include "text/language_identifier.h"

#include <gtest/gtest.h>

#include <string>

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

// A few kilobytes of prose in one language, from distinct sentences written for this test.
std::string FrenchReport() {
  const char* sentences[] = {
      "Le convoi de ravitaillement a quitté la ville au petit matin sous escorte militaire. ",
      "Les habitants du quartier ont signalé des tirs nourris pendant près de deux heures. ",
      "Selon une source hospitalière, les blessés ont été évacués vers le centre de santé le plus proche. ",
      "Le gouverneur de la région a convoqué une réunion de crise avec les chefs coutumiers. ",
      "Plusieurs familles ont quitté leurs villages pour se réfugier dans le chef-lieu de la commune. ",
      "Les marchés hebdomadaires sont restés fermés depuis le début de la semaine. ",
      "Un porte-parole de l'armée a affirmé que la situation était désormais sous contrôle. ",
      "Les enseignants de la localité réclament le retour de la sécurité avant la rentrée. ",
      "Des patrouilles ont été renforcées sur les axes routiers qui mènent à la frontière. ",
      "Les autorités locales ont demandé aux populations de signaler tout mouvement suspect. ",
  };
  std::string text;
  for (int round = 0; round < 4; ++round) {
    for (const char* sentence : sentences) text += sentence;
    text += "\n\n";
  }
  return text;
}

TEST(LanguageIdentifier, LongReportIsReliablyOneLanguage) {
  const std::string report = FrenchReport();
  ASSERT_GT(report.size(), 3000u);
  const LanguageGuess guess = IdentifyLanguage(report);
  EXPECT_EQ(guess.code, "fr");
  EXPECT_TRUE(guess.reliable);
  EXPECT_GE(guess.percent, 90);
}

TEST(LanguageIdentifier, MixedDocumentIsJudgedOnAllItsText) {
  // An English site header and footer around a French article: the opening and the end are
  // English (longer than the identifier's first look at them), most of the text is French.
  const std::string header =
      "Home | World | Africa | Subscribe to our newsletter for the latest headlines from the region, delivered "
      "every morning. Follow us on social media and share this story with your friends and family. Our "
      "reporters cover politics, business, health and sport across the continent, and our weekly podcast "
      "brings you the voices behind the news. Download the app to read offline wherever you travel. ";
  const std::string footer =
      "Read more stories from our correspondents. All rights reserved. Contact the newsroom, advertise with us, "
      "privacy policy and terms of use. Sign up for breaking news alerts on your phone today. Most popular this "
      "week: the best places to visit this winter, how to save on your next flight, and what the new budget "
      "means for your family. Send us your photos and tips through the secure form on our website. ";
  const LanguageGuess guess = IdentifyLanguage(header + "\n\n" + FrenchReport() + footer);
  EXPECT_EQ(guess.code, "fr");
  EXPECT_LT(guess.percent, 95);
}

}  // namespace
}  // namespace vigie
