#include "places/geoparser.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/data_paths.h"
#include "core/utf8.h"
#include "places/place_key.h"

namespace vigie {
namespace {

// What a test needs of one resolved mention.
struct Found {
  std::string text;  // the mention's surface
  std::string name;
  std::string country;  // ISO alpha-2
  std::string feature_code;
  uint32_t geonameid = 0;
  double latitude = 0, longitude = 0;
  int geo_precision = 0;
  int32_t place = -1;
};

double Km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180;
  const double a = std::pow(std::sin((lat2 - lat1) * kRad / 2), 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::pow(std::sin((lon2 - lon1) * kRad / 2), 2);
  return 2 * 6371 * std::asin(std::sqrt(a));
}

// The real index `make build` writes and the real data/places/ lexicon, loaded once.
class GeoparserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto gazetteer = Gazetteer::Open(ResolveGazetteerIndex());
    ASSERT_TRUE(gazetteer.ok()) << gazetteer.status().message();
    auto geoparser = Geoparser::Load(ResolveDataDir(), std::move(gazetteer).value());
    ASSERT_TRUE(geoparser.ok()) << geoparser.status().message();
    auto analyzer = TextAnalyzer::Load(ResolveDataDir());
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
    geoparser_ = new Geoparser(std::move(geoparser).value());
    analyzer_ = new TextAnalyzer(std::move(analyzer).value());
  }
  static void TearDownTestSuite() {
    delete geoparser_;
    delete analyzer_;
    geoparser_ = nullptr;
    analyzer_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(geoparser_, nullptr); }

  static std::vector<ResolvedPlace> Raw(std::string_view text) {
    return geoparser_->Parse(text, analyzer_->Analyse(text));
  }
  static std::vector<Found> Parse(std::string_view text) {
    const Gazetteer& g = geoparser_->gazetteer();
    std::vector<Found> found;
    for (const ResolvedPlace& r : Raw(text)) {
      Found f;
      f.text = std::string(text.substr(r.mention.start, r.mention.end - r.mention.start));
      f.geo_precision = r.geo_precision;
      f.place = r.place;
      if (r.place >= 0) {
        const auto& p = g.Place(static_cast<uint32_t>(r.place));
        f.name = std::string(g.Name(p));
        f.country = std::string(p.country, 2);
        f.feature_code = p.feature_code;
        f.geonameid = p.geonameid;
        f.latitude = p.latitude;
        f.longitude = p.longitude;
      }
      found.push_back(std::move(f));
    }
    return found;
  }
  // The mention whose surface is `surface`, or nullptr.
  static const Found* Mention(const std::vector<Found>& found, std::string_view surface) {
    for (const Found& f : found) {
      if (f.text == surface) return &f;
    }
    return nullptr;
  }
  // "COUNTRY FEATURE" of the place `surface` resolves to in `text` ("CA ADM1"), or what was
  // found instead.
  static std::string Resolved(std::string_view text, std::string_view surface) {
    const auto found = Parse(text);
    const Found* f = Mention(found, surface);
    return f ? f->country + " " + f->feature_code : "not found in " + Surfaces(found);
  }
  static std::string Surfaces(const std::vector<Found>& found) {
    std::string out;
    for (const Found& f : found) out += "[" + f.text + " -> " + f.name + " " + f.country + " " + f.feature_code + "] ";
    return out;
  }

  static Geoparser* geoparser_;
  static TextAnalyzer* analyzer_;
};
Geoparser* GeoparserTest::geoparser_ = nullptr;
TextAnalyzer* GeoparserTest::analyzer_ = nullptr;

// Texts written for these tests; every one must hold at least one place.
const char* const kTexts[] = {
    "Des hommes armés ont attaqué un poste de gendarmerie à Ménaka mardi soir.",
    "Le gouverneur de la région de Mopti a annoncé un couvre-feu à Mopti jusqu'à nouvel ordre.",
    "Un convoi a sauté sur un engin explosif à 30 km au nord de Djibo.",
    "Les blessés ont été évacués vers Djibo, dans la province du Soum.",
    "Malian soldiers patrolled the road between Gao and Ansongo on Friday.",
    "The governor of the Tillabéri region met elders in Ouallam.",
    "Burkinabe troops arrived in Dori and Fada N'Gourma on Monday, then left for Bobo-Dioulasso.",
    "Le Niger et le Mali ont signé un accord à Bamako.",
};

TEST_F(GeoparserTest, TownInMaliResolvesToItsPosition) {
  auto found = Parse(kTexts[0]);
  ASSERT_EQ(found.size(), 1u) << Surfaces(found);
  EXPECT_EQ(found[0].text, "Ménaka");
  EXPECT_EQ(found[0].country, "ML");
  EXPECT_EQ(found[0].feature_code.substr(0, 3), "PPL");
  EXPECT_EQ(found[0].geo_precision, 1);
  EXPECT_LT(Km(found[0].latitude, found[0].longitude, 15.918, 2.402), 10);
}

TEST_F(GeoparserTest, EnglishTextWithTwoTowns) {
  auto found = Parse(kTexts[4]);
  ASSERT_EQ(found.size(), 2u) << Surfaces(found);  // "Malian" is no mention
  EXPECT_EQ(found[0].text, "Gao");
  EXPECT_EQ(found[0].country, "ML");
  EXPECT_LT(Km(found[0].latitude, found[0].longitude, 16.272, -0.045), 10);
  EXPECT_EQ(found[1].text, "Ansongo");
  EXPECT_EQ(found[1].country, "ML");
  EXPECT_LT(Km(found[1].latitude, found[1].longitude, 15.660, 0.502), 10);
}

TEST_F(GeoparserTest, RegionDesignatorPicksTheUnitAndTheBareNameTheTown) {
  auto found = Parse(kTexts[1]);
  ASSERT_EQ(found.size(), 2u) << Surfaces(found);
  const Found& region = found[0];
  const Found& town = found[1];
  EXPECT_EQ(region.text, "Mopti");
  EXPECT_EQ(region.feature_code, "ADM1");
  EXPECT_EQ(region.country, "ML");
  EXPECT_EQ(region.geo_precision, 3);
  EXPECT_EQ(town.text, "Mopti");
  EXPECT_EQ(town.feature_code, "PPLA");
  EXPECT_EQ(town.geo_precision, 1);
  EXPECT_LT(Km(town.latitude, town.longitude, 14.484, -4.183), 10);
  // The region's seat is the town.
  EXPECT_EQ(geoparser_->gazetteer().Place(static_cast<uint32_t>(region.place)).capital, town.place);
}

TEST_F(GeoparserTest, EnglishDesignatorAfterTheName) {
  auto found = Parse(kTexts[5]);
  ASSERT_EQ(found.size(), 2u) << Surfaces(found);
  EXPECT_EQ(found[0].feature_code, "ADM1");
  EXPECT_EQ(found[0].country, "NE");
  EXPECT_EQ(found[0].geo_precision, 3);
  EXPECT_EQ(found[1].text, "Ouallam");
  EXPECT_EQ(found[1].country, "NE");
}

TEST_F(GeoparserTest, DistanceOrNearnessGivesPrecisionTwo) {
  auto found = Parse(kTexts[2]);
  ASSERT_EQ(found.size(), 1u) << Surfaces(found);
  EXPECT_EQ(found[0].text, "Djibo");
  EXPECT_EQ(found[0].country, "BF");
  EXPECT_EQ(found[0].geo_precision, 2);
  EXPECT_LT(Km(found[0].latitude, found[0].longitude, 14.099, -1.626), 10);

  auto near = Parse("Gunmen killed three herders near Ménaka on Sunday, a local official said.");
  ASSERT_EQ(near.size(), 1u) << Surfaces(near);
  EXPECT_EQ(near[0].country, "ML");
  EXPECT_EQ(near[0].geo_precision, 2);
}

TEST_F(GeoparserTest, PlaceFollowedByItsUnit) {
  auto found = Parse(kTexts[3]);
  ASSERT_EQ(found.size(), 2u) << Surfaces(found);
  EXPECT_EQ(found[0].text, "Djibo");
  EXPECT_EQ(found[0].country, "BF");
  EXPECT_EQ(found[0].geo_precision, 1);
  EXPECT_EQ(found[1].text, "Soum");
  EXPECT_EQ(found[1].country, "BF");
  EXPECT_EQ(found[1].feature_code, "ADM2");
  EXPECT_EQ(geoparser_->gazetteer().Place(static_cast<uint32_t>(found[1].place)).capital, found[0].place);
}

TEST_F(GeoparserTest, ContainerChoosesAmongNamesakes) {
  // Koro is also a town in Côte d'Ivoire and Indonesia, and Coro in Venezuela.
  auto koro = Parse("Une attaque a visé Koro, dans la région de Mopti, dans la nuit de samedi à dimanche.");
  ASSERT_NE(Mention(koro, "Koro"), nullptr) << Surfaces(koro);
  EXPECT_EQ(Mention(koro, "Koro")->country, "ML");
  EXPECT_LT(Km(Mention(koro, "Koro")->latitude, Mention(koro, "Koro")->longitude, 14.064, -3.075), 10);
  // Gaya is also a city of 470,000 in India.
  auto gaya = Parse("Des hommes armés ont attaqué Gaya, dans la région de Dosso, selon une source locale.");
  ASSERT_NE(Mention(gaya, "Gaya"), nullptr) << Surfaces(gaya);
  EXPECT_EQ(Mention(gaya, "Gaya")->country, "NE");
}

TEST_F(GeoparserTest, NationalityWordIsContextNotAMention) {
  EXPECT_TRUE(Parse("Malian soldiers were deployed on Friday.").empty());
  // Koro is a town in Mali and, by alternate names, Coro in Venezuela.
  auto found = Parse("Malian soldiers were deployed in Koro.");
  ASSERT_EQ(found.size(), 1u) << Surfaces(found);
  EXPECT_EQ(found[0].text, "Koro");
  EXPECT_EQ(found[0].country, "ML");
}

TEST_F(GeoparserTest, NationalityWordAsAGivenSpanResolvesToTheCountry) {
  const std::string text = "Malian soldiers were deployed on Friday.";
  auto resolved = geoparser_->ResolveSpans(text, analyzer_->Analyse(text), {{0, 6}});
  ASSERT_EQ(resolved.size(), 1u);
  EXPECT_EQ(resolved[0].place, geoparser_->gazetteer().CountryPlace("ML"));
}

TEST_F(GeoparserTest, ContinentWordIsContextAndAsAGivenSpanTheContinent) {
  const std::string text = "European ministers met in Brussels on Monday.";
  auto found = Parse(text);
  EXPECT_EQ(Mention(found, "European"), nullptr) << Surfaces(found);
  auto resolved = geoparser_->ResolveSpans(text, analyzer_->Analyse(text), {{0, 8}});
  ASSERT_EQ(resolved.size(), 1u);
  ASSERT_GE(resolved[0].place, 0);
  const Gazetteer& g = geoparser_->gazetteer();
  EXPECT_EQ(std::string(g.Name(g.Place(static_cast<uint32_t>(resolved[0].place)))), "Europe");
}

TEST_F(GeoparserTest, GivenSpansResolveAlikeInAnyOrder) {
  const std::string text = "The new head teacher grew up in Paris, Idaho, and taught for years in Price, Utah.";
  auto span = [&](std::string_view name) {
    const auto start = static_cast<uint32_t>(text.find(name));
    return std::make_pair(start, static_cast<uint32_t>(start + name.size()));
  };
  const auto analysed = analyzer_->Analyse(text);
  // The container after the town counts even when the spans come last to first.
  auto resolved = geoparser_->ResolveSpans(text, analysed, {span("Utah"), span("Idaho"), span("Price"), span("Paris")});
  ASSERT_EQ(resolved.size(), 4u);
  const Gazetteer& g = geoparser_->gazetteer();
  ASSERT_GE(resolved[3].place, 0);
  const auto& paris = g.Place(static_cast<uint32_t>(resolved[3].place));
  EXPECT_EQ(std::string(paris.country, 2), "US");
  EXPECT_LT(Km(paris.latitude, paris.longitude, 42.227, -111.401), 10);  // Paris, Idaho
  EXPECT_EQ(resolved[0].mention.start, span("Utah").first);
}

TEST_F(GeoparserTest, NameBeforeANounIsNoContainer) {
  // "Russia, U.S. officials": no town called Russia in the United States.
  auto found = Parse("The report described ties to Russia, U.S. officials said on Wednesday in Washington.");
  const Found* russia = Mention(found, "Russia");
  ASSERT_NE(russia, nullptr) << Surfaces(found);
  EXPECT_EQ(russia->place, geoparser_->gazetteer().CountryPlace("RU"));
}

TEST_F(GeoparserTest, PersonAfterATitleIsNotAPlace) {
  auto fr = Parse(
      "M. Bamba a déclaré que la situation restait tendue à Gao, où les commerçants ont fermé "
      "leurs boutiques.");
  EXPECT_EQ(Mention(fr, "Bamba"), nullptr) << Surfaces(fr);
  ASSERT_NE(Mention(fr, "Gao"), nullptr) << Surfaces(fr);
  EXPECT_EQ(Mention(fr, "Gao")->country, "ML");
  auto en = Parse("Mr. Bamba told reporters in Bamako that the talks would resume next week.");
  EXPECT_EQ(Mention(en, "Bamba"), nullptr) << Surfaces(en);
  ASSERT_NE(Mention(en, "Bamako"), nullptr) << Surfaces(en);
  EXPECT_EQ(Mention(en, "Bamako")->feature_code, "PPLC");
}

TEST_F(GeoparserTest, APersonNamedAgainIsNoPlace) {
  // Keïta is a town in Niger; after "President ... Keita said", the bare "Keita" is him.
  auto en = Parse(
      "President Ibrahim Boubacar Keita said on Sunday that he would dissolve the court. Protesters who "
      "blocked the bridges of Bamako want Keita to step down.");
  EXPECT_EQ(Mention(en, "Keita"), nullptr) << Surfaces(en);
  ASSERT_NE(Mention(en, "Bamako"), nullptr) << Surfaces(en);
  // A cue still makes the name a place: the deputy is named after his town.
  auto fr = Parse("Le député Hama Djibo a dénoncé l'attaque survenue lundi à Djibo, où deux soldats ont été tués.");
  ASSERT_NE(Mention(fr, "Djibo"), nullptr) << Surfaces(fr);
  EXPECT_EQ(Mention(fr, "Djibo")->country, "BF");
}

TEST_F(GeoparserTest, WordDroppedForItsFormDoesNotSwayTheCountry) {
  // "On" is a Belgian village; opening a sentence it is no place, and must not make the
  // Malian town after a Nigerien victim a foreign one.
  auto found = Parse("On April 6, gunmen shot dead a Nigerien officer in Boni.");
  EXPECT_EQ(Mention(found, "On"), nullptr) << Surfaces(found);
  ASSERT_NE(Mention(found, "Boni"), nullptr) << Surfaces(found);
  EXPECT_EQ(Mention(found, "Boni")->country, "ML");
}

TEST_F(GeoparserTest, NationalityWordsDoNotMakeATownForeign) {
  // A nationality says who is involved (foreign workers, peacekeepers, hostages), not
  // where: the Malian town where they are stays a place, also beside "l'ONU" (an alternate
  // spelling of Auneau, in France).
  for (const auto& [text, town] : {
           std::pair{"Deux ingénieurs chinois ont été blessés lundi à Bourem. L'entreprise chinoise qui les "
                     "emploie a suspendu ses travaux.",
                     "Bourem"},
           std::pair{"Two Chinese engineers were wounded on Monday in Bourem, their Chinese employer said.", "Bourem"},
           std::pair{"Un infirmier sénégalais de l'ONU a été enlevé jeudi matin à Ansongo.", "Ansongo"},
       }) {
    const auto found = Parse(text);
    const Found* place = Mention(found, town);
    EXPECT_TRUE(place != nullptr && place->country == "ML") << text << ": " << Surfaces(found);
    EXPECT_EQ(Mention(found, "ONU"), nullptr) << text << ": " << Surfaces(found);
  }
  // A town abroad known only by an alternate spelling still gives way to them: "Thursday"
  // (Thursday Island, Australia) beside French soldiers.
  const auto found = Parse("French soldiers searched the forest from Sunday to Thursday.");
  EXPECT_EQ(Mention(found, "Thursday"), nullptr) << Surfaces(found);
}

TEST_F(GeoparserTest, AreaAirportAndMayorOfNameAPlace) {
  for (const char* text :
       {"On Monday, gunmen robbed traders in the area of Boni.", "On Monday, two rockets struck Menaka Airport.",
        "The mayor of Boni was abducted on Monday."}) {
    auto found = Parse(text);
    ASSERT_EQ(found.size(), 1u) << text << ": " << Surfaces(found);
    EXPECT_EQ(found[0].country, "ML") << text;
  }
}

TEST_F(GeoparserTest, LongestNameWins) {
  auto found = Parse(kTexts[6]);
  ASSERT_EQ(found.size(), 3u) << Surfaces(found);  // "Burkinabe" is no mention
  EXPECT_EQ(found[0].text, "Dori");
  EXPECT_EQ(found[1].text, "Fada N'Gourma");
  EXPECT_EQ(found[2].text, "Bobo-Dioulasso");
  for (const Found& f : found) EXPECT_EQ(f.country, "BF") << f.text;
}

TEST_F(GeoparserTest, CountryNamesResolveToCountries) {
  auto found = Parse(kTexts[7]);
  ASSERT_EQ(found.size(), 3u) << Surfaces(found);
  EXPECT_EQ(found[0].text, "Niger");
  EXPECT_EQ(found[0].feature_code, "PCLI");
  EXPECT_EQ(found[0].country, "NE");
  EXPECT_EQ(found[0].geo_precision, 3);
  EXPECT_EQ(found[1].text, "Mali");
  EXPECT_EQ(found[1].place, geoparser_->gazetteer().CountryPlace("ML"));
  EXPECT_EQ(found[2].text, "Bamako");
  EXPECT_EQ(found[2].country, "ML");
}

TEST_F(GeoparserTest, PartWordNarrowsThePlaceAfterIt) {
  auto found = Parse("Les combats ont repris dans le Nord-Mali, tandis qu'une colonne quittait Ménaka.");
  ASSERT_EQ(found.size(), 2u) << Surfaces(found);
  EXPECT_EQ(found[0].text, "Nord-Mali");  // one mention, not Burkina's Nord region and Mali
  EXPECT_EQ(found[0].place, geoparser_->gazetteer().CountryPlace("ML"));

  found = Parse("Rioters set cars alight in North London on Saturday night.");
  ASSERT_EQ(found.size(), 1u) << Surfaces(found);
  EXPECT_EQ(found[0].text, "North London");
  EXPECT_EQ(found[0].country, "GB");
  EXPECT_EQ(found[0].geo_precision, 2);  // a part of the city

  // "Southern" alone would be a province of Sierra Leone.
  found = Parse("Wildfires forced thousands from their homes across Southern California.");
  ASSERT_EQ(found.size(), 1u) << Surfaces(found);
  EXPECT_EQ(found[0].text, "Southern California");
  EXPECT_EQ(found[0].country, "US");
  EXPECT_EQ(found[0].feature_code, "ADM1");

  // A name of its own that starts with a part word stays that name.
  found = Parse("Le président du Soudan du Sud s'est rendu à Juba. Troops from South Sudan arrived in Juba.");
  const Found* south_sudan = Mention(found, "South Sudan");
  ASSERT_NE(south_sudan, nullptr) << Surfaces(found);
  EXPECT_EQ(south_sudan->place, geoparser_->gazetteer().CountryPlace("SS"));
}

TEST_F(GeoparserTest, ContinentOutranksATownOfItsName) {
  auto found = Parse("Exports from Asia fell sharply in the last quarter, traders in Manila said.");
  const Found* asia = Mention(found, "Asia");
  ASSERT_NE(asia, nullptr) << Surfaces(found);
  EXPECT_EQ(asia->feature_code, "CONT");
}

TEST_F(GeoparserTest, LargeRegionNamedAfterItsSeatMeansTheRegion) {
  // Quebec City is a small part of Quebec: the bare name is the province, as "Mopti" alone
  // is the town (RegionDesignatorPicksTheUnitAndTheBareNameTheTown).
  EXPECT_EQ(Resolved("Hydro crews from across Quebec worked through the night near Sherbrooke and Gatineau.", "Quebec"),
            "CA ADM1");
}

TEST_F(GeoparserTest, CapitalAbroadIsNotAHomonymNearTheOtherNames) {
  // Moscow has a small namesake in Idaho, with namesakes of Paris, London and Washington near
  // it; those should not vouch for each other against the capital the sentence means.
  EXPECT_EQ(Resolved("The envoy flew from Washington to Moscow after stops in Paris and London, officials in "
                     "Chicago and Boston said; Russia confirmed the visit.",
                     "Moscow"),
            "RU PPLC");
}

TEST_F(GeoparserTest, TownKnownByItsShortFormSupportsItsNeighbour) {
  // GeoNames calls it Enfield Town; "Enfield" is what people say, and it places Edmonton in
  // north London rather than in Alberta.
  const char* text =
      "Volunteers cleared litter along the brook in Edmonton on Saturday, and Enfield council thanked them.";
  EXPECT_EQ(Resolved(text, "Edmonton").substr(0, 2), "GB");
  EXPECT_EQ(Resolved(text, "Enfield").substr(0, 2), "GB");
}

TEST_F(GeoparserTest, DesignatorOfOtherCountriesSaysNothing) {
  // "department" designates Niger's and Senegal's départements, not an American agency.
  EXPECT_EQ(
      Resolved("Figures released on Friday by the Indiana Department of Transportation show fewer crashes.", "Indiana"),
      "US ADM1");
}

TEST_F(GeoparserTest, OffsetsGiveTheMentionAndNeverOverlap) {
  for (const char* text : kTexts) {
    const std::string_view view(text);
    auto resolved = Raw(view);
    EXPECT_FALSE(resolved.empty()) << text;
    uint32_t previous_end = 0;
    for (const ResolvedPlace& r : resolved) {
      ASSERT_LT(r.mention.start, r.mention.end) << text;
      ASSERT_LE(r.mention.end, view.size()) << text;
      EXPECT_GE(r.mention.start, previous_end) << text;
      const std::string_view surface = view.substr(r.mention.start, r.mention.end - r.mention.start);
      EXPECT_TRUE(IsValidUtf8(surface)) << text;
      EXPECT_EQ(PlaceKey(surface), r.mention.key) << text;
      EXPECT_FALSE(surface.front() == ' ' || surface.back() == ' ') << text;
      EXPECT_GE(r.place, 0) << text;
      previous_end = r.mention.end;
    }
  }
}

TEST_F(GeoparserTest, AnyTextGivesOrderedMentionsInsideIt) {
  std::vector<std::string> texts = {"",
                                    " ",
                                    "...!?;",
                                    "\n\n\t",
                                    std::string(200000, 'a'),
                                    std::string(5000, '-'),
                                    "Gao",
                                    "Gao Gao Gao. Mopti, Mopti; Djibo-Djibo"};
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "à Ménaka, près de Gao et à Bobo-Dioulasso ";
  texts.push_back(many);
  std::mt19937 random(7);
  for (int n = 0; n < 20; ++n) {
    std::string bytes(static_cast<size_t>(random() % 3000), '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    texts.push_back(RepairUtf8(bytes));
  }
  for (const std::string& text : texts) {
    auto resolved = Raw(text);
    uint32_t previous_end = 0;
    for (const ResolvedPlace& r : resolved) {
      ASSERT_LT(r.mention.start, r.mention.end);
      ASSERT_LE(r.mention.end, text.size());
      ASSERT_GE(r.mention.start, previous_end);
      previous_end = r.mention.end;
    }
  }
  EXPECT_TRUE(Raw("").empty());
  EXPECT_TRUE(Raw("...!?;").empty());
  EXPECT_EQ(Raw(many).size(), 6000u);
}

TEST_F(GeoparserTest, SourceCountryFromTheAddress) {
  EXPECT_EQ(geoparser_->SourceCountry("https://www.aib.media.bf/article/123"), "BF");
  EXPECT_EQ(geoparser_->SourceCountry("http://news.bbc.co.uk/x"), "GB");
  EXPECT_EQ(geoparser_->SourceCountry("https://lefaso.net/spip.php?article1"), "");
  EXPECT_EQ(geoparser_->SourceCountry("not a url"), "");
  EXPECT_EQ(geoparser_->SourceCountry("https://example.zz/"), "");  // no such country
  // The source's country decides between namesakes when the text does not: Koro is a town
  // in Mali and (by alternate names) in Côte d'Ivoire and Venezuela.
  const std::string text = "Une attaque a visé la ville de Koro dans la nuit.";
  const auto places = geoparser_->Parse(text, analyzer_->Analyse(text, "fr"), {}, "https://www.journal.ml/a");
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(std::string(geoparser_->gazetteer().Place(places[0].place).country, 2), "ML");
}

TEST_F(GeoparserTest, AlternateSpellingsOfSmallForeignPlacesDoNotVouchForEachOther) {
  // "Dan" and "Karé" are alternate names of two French towns in GeoNames; in a report on the
  // Maradi region they name villages the gazetteer does not know.
  const auto found = Parse(
      "Des bandits ont attaqué Karé 2, dans la commune rurale de Dan Issa, département de "
      "Madarounfa (région de Maradi), près de la frontière du Nigeria.");
  for (const Found& f : found) EXPECT_NE(f.country, "FR") << f.text << " -> " << f.name;
  EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const Found& f) { return f.country == "NE"; }));
}

TEST_F(GeoparserTest, APlaceInsideAUnitOfAnotherCountryIsAnUnknownNamesake) {
  // Bangui is the capital of the Central African Republic; the village of Madaoua is not in
  // the gazetteer, and the text says where it is.
  const auto found = Parse(
      "Des affrontements ont fait dix morts mardi dans le village de Bangui, dans le département de "
      "Madaoua.");
  for (const Found& f : found) EXPECT_NE(f.country, "CF") << f.text;
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.back().country, "NE");
  // Its own unit keeps it: "Djibo, dans la province du Soum".
  const auto djibo = Parse("Des hommes armés ont attaqué Djibo, dans la province du Soum.");
  ASSERT_FALSE(djibo.empty());
  EXPECT_EQ(djibo.front().text, "Djibo");
  EXPECT_EQ(djibo.front().country, "BF");
}

TEST_F(GeoparserTest, AForeignCapitalInsideALongerNameIsNoMention) {
  // "Bangui Mallam" is a place near Ménaka, not the capital of the Central African Republic.
  const std::string text = "Unknown gunmen abducted a Tuareg leader in the area of Bangui Mallam, near Ménaka.";
  const auto places = geoparser_->Parse(text, analyzer_->Analyse(text, "en"), {}, "", {}, nullptr, {"ML", "BF", "NE"});
  for (const ResolvedPlace& r : places) {
    EXPECT_NE(std::string(geoparser_->gazetteer().Place(static_cast<uint32_t>(r.place)).country, 2), "CF");
  }
}

TEST_F(GeoparserTest, TheAzawadOfTheMovementsNamesNoPlace) {
  const auto found = Parse(
      "Le Front de libération de l'Azawad accuse l'armée d'avoir frappé un campement près de "
      "Goundam.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "Goundam");
}

TEST_F(GeoparserTest, ANameAfterVillageOfIsASettlement) {
  // Saba is also a unit of the Caribbean Netherlands: no village.
  for (const std::string_view text : {"Gunmen attacked the villages of Saba and Dialloube.",
                                      "Des hommes armés ont incendié le village de Saba jeudi."}) {
    for (const Found& f : Parse(text)) {
      EXPECT_NE(f.country, "BQ") << text;
      EXPECT_EQ(f.feature_code.substr(0, 3), "PPL") << text << ": " << f.text << " -> " << f.name;
    }
  }
  // A town whose name is also its region's still resolves, to the town.
  const auto timbuktu = Parse("Des obus sont tombés sur la ville de Tombouctou.");
  ASSERT_EQ(timbuktu.size(), 1u);
  EXPECT_EQ(timbuktu[0].country, "ML");
  EXPECT_EQ(timbuktu[0].feature_code.substr(0, 3), "PPL");
}

TEST_F(GeoparserTest, ASmallPlaceTheTextPutsInAnotherCountryIsAnUnknownNamesake) {
  // No Saba of Mali in the gazetteer: Honduras' and Gambia's are not meant.
  for (const Found& f : Parse("Des hommes armés ont attaqué la ville de Saba, au Mali.")) {
    EXPECT_EQ(f.country, "ML") << f.text << " -> " << f.name;
  }
  // Its own country keeps it, in brackets as after "au".
  const auto ayorou = Parse("Gunmen robbed traders coming from Ayorou (Niger) on Tuesday.");
  ASSERT_FALSE(ayorou.empty());
  EXPECT_EQ(ayorou.front().text, "Ayorou");
  EXPECT_EQ(ayorou.front().country, "NE");
  // A town a distance is measured from may lie across the border of the country named.
  const auto banikoara = Parse("Fighting was reported 20 km north of Banikoara, in Burkina Faso, on Sunday.");
  ASSERT_FALSE(banikoara.empty());
  EXPECT_EQ(banikoara.front().text, "Banikoara");
  EXPECT_EQ(banikoara.front().country, "BJ");
}

TEST_F(GeoparserTest, AReferencePointAcrossAContinentIsNoMention) {
  // Baye is a French village; the report is on Mali (its army, a followed country).
  const std::string text =
      "Suspected militants ambushed a Malian army vehicle near Baye on Friday, wounding eight soldiers.";
  const auto places = geoparser_->Parse(text, analyzer_->Analyse(text, "en"), {}, "", {}, nullptr, {"ML", "BF", "NE"});
  for (const ResolvedPlace& r : places) {
    EXPECT_NE(std::string(geoparser_->gazetteer().Place(static_cast<uint32_t>(r.place)).country, 2), "FR");
  }
  // Across a border it still stands: Banikoara is in Benin, beside Burkina Faso.
  const std::string border = "Burkinabe soldiers were ambushed near Banikoara on Friday.";
  const auto near_border =
      geoparser_->Parse(border, analyzer_->Analyse(border, "en"), {}, "", {}, nullptr, {"ML", "BF", "NE"});
  ASSERT_EQ(near_border.size(), 1u);
  EXPECT_EQ(std::string(geoparser_->gazetteer().Place(static_cast<uint32_t>(near_border[0].place)).country, 2), "BJ");
}

TEST_F(GeoparserTest, ARoadNamedForATownAndATownsAreaNameIt) {
  // A lower-case "road" after a town is the road to it; a capitalised one is a street's name.
  EXPECT_EQ(Resolved("Militants ambushed a supply convoy on the Ansongo road on Friday.", "Ansongo"), "ML PPLA2");
  const auto street = Parse("The suspect lived on Henderson Road in Dallas, police said.");
  EXPECT_EQ(Mention(street, "Henderson"), nullptr) << Surfaces(street);
  EXPECT_NE(Mention(street, "Dallas"), nullptr) << Surfaces(street);
  // "the Boni area" names the village as "the area of Boni" does.
  EXPECT_EQ(Resolved("Unidentified gunmen clashed with soldiers in the Boni area on Monday.", "Boni"), "ML PPL");
}

TEST_F(GeoparserTest, ASpeakerInATownLeavesTheTownAPlace) {
  // "in Kayes said": the verb of speech follows a place, not a person's name.
  EXPECT_EQ(Resolved("\"Nobody drives at night any more,\" a transporter in Kayes said.", "Kayes"), "ML PPLA");
  // Without the locative word the name before "said" is a person's.
  const auto person = Parse("Kayes said the drivers had stopped working.");
  EXPECT_EQ(Mention(person, "Kayes"), nullptr) << Surfaces(person);
}

TEST_F(GeoparserTest, ACapitalNamedByItsNationalityIsThatCapital) {
  for (const auto& [text, surface] :
       {std::pair{"Des milliers de personnes ont manifesté samedi dans la capitale malienne.", "capitale malienne"},
        std::pair{"Thousands protested on Saturday in the Malian capital.", "Malian capital"}}) {
    const auto found = Parse(text);
    const Found* capital = Mention(found, surface);
    ASSERT_NE(capital, nullptr) << text << ": " << Surfaces(found);
    EXPECT_EQ(capital->name, "Bamako");
  }
  // Not when its name follows, nor without the article ("Chinese capital" may be money).
  const auto named = Parse("Talks opened in the Malian capital, Bamako, on Monday.");
  EXPECT_EQ(Mention(named, "Malian capital"), nullptr) << Surfaces(named);
  const auto money = Parse("Chinese capital flowed into mines near Bamako.");
  EXPECT_EQ(Mention(money, "Chinese capital"), nullptr) << Surfaces(money);
}

}  // namespace
}  // namespace vigie
