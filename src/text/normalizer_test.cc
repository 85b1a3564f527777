#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(Normalizer, ComposesToNfc) {
  EXPECT_EQ(ToNfc("Se\xCC\x81gou"), "Ségou");  // e + combining acute
  EXPECT_EQ(ToNfc("Ségou"), "Ségou");
  EXPECT_EQ(ToNfc("plain ascii"), "plain ascii");
}

TEST(Normalizer, FoldsCaseAccentsAndLigatures) {
  EXPECT_EQ(FoldKey("Tillabéri"), "tillaberi");
  EXPECT_EQ(FoldKey("ÉTAT-MAJOR"), "etat-major");
  EXPECT_EQ(FoldKey("Œuvre cœur"), "oeuvre coeur");
  EXPECT_EQ(FoldKey("l’armée"), "l'armee");
  EXPECT_EQ(FoldKey("Niño Straße"), "nino strasse");
  EXPECT_EQ(FoldKey("Се\xCC\x81"), "се");  // Cyrillic lower-cased, stray accent dropped
}

TEST(Normalizer, AppendFoldKeyAppendsWhatFoldKeyGives) {
  std::string out = "x|";
  AppendFoldKey("Attaque à GAO, ÉTAT-MAJOR", out);
  AppendFoldKey("", out);
  AppendFoldKey("|Œuvre", out);
  EXPECT_EQ(out, "x|attaque a gao, etat-major|oeuvre");
}

}  // namespace
}  // namespace vigie
