#include "merge/document_fingerprint.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(CanonicalUrl, DropsWhatDoesNotChangeThePage) {
  EXPECT_EQ(CanonicalUrl("https://www.Site.example/a/?utm_source=x#top"), "site.example/a");
  EXPECT_EQ(CanonicalUrl("http://site.example:80/a"), "site.example/a");
  EXPECT_EQ(CanonicalUrl("https://site.example/a?id=7&utm_medium=rss&fbclid=abc"), "site.example/a?id=7");
  EXPECT_EQ(CanonicalUrl("https://site.example/"), "site.example");
  // The path keeps its case: servers may tell /A from /a.
  EXPECT_EQ(CanonicalUrl("https://site.example/A"), "site.example/A");
}

TEST(CanonicalUrl, NotAUrlIsEmpty) {
  EXPECT_EQ(CanonicalUrl(""), "");
  EXPECT_EQ(CanonicalUrl("samples/text/a.txt"), "");
  EXPECT_EQ(CanonicalUrl("://nohost"), "");
}

// A wire story of realistic length (SimHash is noisier on a few sentences).
const char* const kStory =
    "Des hommes armés ont attaqué dimanche à l'aube le poste de la gendarmerie de la commune, tuant trois gendarmes et blessant deux civils, selon une source sécuritaire jointe par téléphone. Les assaillants, arrivés à bord d'une trentaine de motos, ont incendié deux véhicules et emporté des armes avant de se replier vers la frontière. Une opération de ratissage a été lancée dans la zone, a indiqué l'état-major dans un communiqué publié lundi, sans préciser le nombre d'assaillants neutralisés. Les habitants du village voisin disent avoir entendu des tirs pendant près de deux heures. Plusieurs familles ont quitté leurs maisons pour se réfugier au chef-lieu du cercle, où les autorités locales ont ouvert une école pour les accueillir. C'est la troisième attaque contre un poste de sécurité dans la région depuis le début du mois.";

TEST(TextSimHash, ACopyWithANewHeadlineIsNear) {
  const std::string copy = std::string("URGENT : ") + kStory + " Source : agence.";
  EXPECT_LE(SimHashDistance(TextSimHash(kStory), TextSimHash(copy)), kNearDuplicateBits);
  // Case and accents do not count.
  EXPECT_EQ(TextSimHash("Les Assaillants ont ATTAQUÉ le poste"), TextSimHash("les assaillants ont attaque le poste"));
}

TEST(TextSimHash, AnotherStoryIsFar) {
  const char* other =
      "Le gouvernement a annoncé mardi un nouveau calendrier électoral, après plusieurs mois de consultations avec "
      "les partis politiques et la société civile. Le scrutin présidentiel est prévu pour l'an prochain.";
  EXPECT_GT(SimHashDistance(TextSimHash(kStory), TextSimHash(other)), 12);
}

TEST(TextSimHash, StoredFingerprintsKeepTheirValue) {
  // Databases hold these: the values of the first implementation (a vote per bit), on one
  // sentence, on two words (no shingle) and on a text of over 255 shingles.
  const std::string story =
      "Des hommes armés ont attaqué dimanche à l'aube le poste de la gendarmerie de la commune, tuant trois gendarmes.";
  std::string long_story;
  for (int k = 0; k < 40; ++k) long_story += story + " " + std::to_string(k) + " ";
  EXPECT_EQ(TextSimHash(story), 0x704c911af0e1484u);
  EXPECT_EQ(TextSimHash("deux mots"), 0xc1308802c028594u);
  EXPECT_EQ(TextSimHash(long_story), 0xf04cb53ef4f5494u);
}

TEST(FingerprintDocument, SameTextSameHash) {
  const auto a = FingerprintDocument(kStory, "https://a.example/x");
  const auto b = FingerprintDocument(kStory, "");
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_EQ(a.content_hash.size(), 32u);
  EXPECT_NE(a.content_hash, FingerprintDocument(std::string(kStory) + " ", "").content_hash);
  EXPECT_EQ(a.canonical_url, "a.example/x");
  EXPECT_EQ(b.canonical_url, "");
}

}  // namespace
}  // namespace vigie
