#include "text/phrase_matcher_set.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace vigie {
namespace {

bool Same(const std::vector<PhraseMatch>& a, const std::vector<PhraseMatch>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].first_token != b[i].first_token || a[i].end_token != b[i].end_token || a[i].entry != b[i].entry) {
      return false;
    }
  }
  return true;
}

TEST(PhraseMatcherSet, FindsWhatEachMatcherFindsAlone) {
  // Overlapping dictionaries: shared first words, wildcards, a phrase that is a prefix of
  // another, two phrases of one length (the first added wins), hyphens.
  PhraseMatcher triggers, actors, numbers, empty;
  for (auto [phrase, id] : std::vector<std::pair<const char*, uint32_t>>{
           {"attaqu*", 1}, {"ont attaqué", 2}, {"attaque", 3}, {"tué*", 4}, {"att* suicide", 5}}) {
    ASSERT_TRUE(triggers.Add(phrase, id, nullptr));
  }
  for (auto [phrase, id] : std::vector<std::pair<const char*, uint32_t>>{{"hommes armés", 1},
                                                                         {"hommes armés non identifiés", 2},
                                                                         {"armée", 3},
                                                                         {"l'armée malienne", 4},
                                                                         {"l'armée", 5}}) {
    ASSERT_TRUE(actors.Add(phrase, id, nullptr));
  }
  for (auto [phrase, id] : std::vector<std::pair<const char*, uint32_t>>{
           {"quatre vingt", 80}, {"quatre", 4}, {"vingt", 20}, {"hommes", 99}}) {
    ASSERT_TRUE(numbers.Add(phrase, id, nullptr));
  }
  const PhraseMatcherSet set({&triggers, &actors, &numbers, &empty});
  ASSERT_EQ(set.size(), 4u);
  const std::string text =
      "Des hommes armés non identifiés ont attaqué l'armée malienne ; quatre-vingt hommes armés "
      "ont été tués dans l'attaque, et l'armée a attaqué. Quatre vingt.";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  const TokenWords words(text, tokens);
  const std::vector<const PhraseMatcher*> alone = {&triggers, &actors, &numbers, &empty};
  for (size_t begin : {size_t{0}, size_t{3}, size_t{11}}) {
    for (size_t end : {tokens.size(), size_t{12}, tokens.size() + 5}) {
      if (end <= begin) continue;
      std::vector<std::vector<PhraseMatch>> together;
      set.FindAll(words, begin, end, together);
      ASSERT_EQ(together.size(), 4u);
      for (size_t k = 0; k < alone.size(); ++k) {
        EXPECT_TRUE(Same(together[k], alone[k]->FindAll(words, begin, end))) << "matcher " << k << " from " << begin;
      }
    }
  }
}

// Candidates under one first word are told apart by their second word's hash, kept beside
// them in the index: each phrase is still found where its second word stands.
TEST(PhraseMatcherSet, PhrasesSharingTheirFirstWordAreToldApartByTheSecond) {
  PhraseMatcher actors;
  for (auto [phrase, id] : std::vector<std::pair<const char*, uint32_t>>{
           {"armed men", 1}, {"armed forces", 2}, {"armed", 3}, {"armed forces of mali", 4}, {"armed civ*", 5}}) {
    ASSERT_TRUE(actors.Add(phrase, id, nullptr));
  }
  const std::string text = "Armed forces of Mali and armed men, armed civilians and armed-forces; armed.";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  const TokenWords words(text, tokens);
  std::vector<uint32_t> found;
  for (const PhraseMatch& m : actors.FindAll(words, 0, tokens.size())) found.push_back(m.entry);
  EXPECT_EQ(found, (std::vector<uint32_t>{4, 1, 5, 2, 3}));
  std::vector<std::vector<PhraseMatch>> together;
  PhraseMatcherSet({&actors}).FindAll(words, 0, tokens.size(), together);
  ASSERT_EQ(together.size(), 1u);
  EXPECT_TRUE(Same(together[0], actors.FindAll(words, 0, tokens.size())));
  EXPECT_EQ(actors.MatchAt(words, 5, tokens.size())->entry, 1u);  // "armed men"
}

// Phrases of two exact first words are indexed by both, the others by their first word:
// two phrases of one length, one from each index, still tie as in one matcher (the first
// added wins), in either order, across a hyphen too.
TEST(PhraseMatcherSet, PhrasesOfBothIndexesTieAsInOneMatcher) {
  PhraseMatcher wildcard_first, exact_first;
  for (auto [phrase, id] : std::vector<std::pair<const char*, uint32_t>>{
           {"forces arm*", 1}, {"forces armees", 2}, {"forces", 3}, {"forces de defense", 4}}) {
    ASSERT_TRUE(wildcard_first.Add(phrase, id, nullptr));
  }
  for (auto [phrase, id] : std::vector<std::pair<const char*, uint32_t>>{
           {"forces de defense", 4}, {"forces armees", 2}, {"forces", 3}, {"forces arm*", 1}}) {
    ASSERT_TRUE(exact_first.Add(phrase, id, nullptr));
  }
  const PhraseMatcherSet set({&wildcard_first, &exact_first});
  const std::string text = "Les forces armées, les forces-armées et les forces de défense; forces.";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  const TokenWords words(text, tokens);
  std::vector<std::vector<PhraseMatch>> together;
  set.FindAll(words, 0, tokens.size(), together);
  ASSERT_EQ(together.size(), 2u);
  EXPECT_TRUE(Same(together[0], wildcard_first.FindAll(words, 0, tokens.size())));
  EXPECT_TRUE(Same(together[1], exact_first.FindAll(words, 0, tokens.size())));
  std::vector<uint32_t> first_wins, second_wins;
  for (const PhraseMatch& m : together[0]) first_wins.push_back(m.entry);
  for (const PhraseMatch& m : together[1]) second_wins.push_back(m.entry);
  EXPECT_EQ(first_wins, (std::vector<uint32_t>{1, 1, 4, 3}));
  EXPECT_EQ(second_wins, (std::vector<uint32_t>{2, 2, 4, 3}));
}

TEST(PhraseMatcherSet, AppendsSentenceAfterSentence) {
  PhraseMatcher m;
  ASSERT_TRUE(m.Add("attaque", 1, nullptr));
  const PhraseMatcherSet set({&m});
  const std::string text = "Une attaque. Une autre attaque.";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  const TokenWords words(text, tokens);
  std::vector<std::vector<PhraseMatch>> found;
  set.FindAll(words, 0, 3, found);
  set.FindAll(words, 3, tokens.size(), found);
  ASSERT_EQ(found[0].size(), 2u);
  EXPECT_EQ(found[0][0].first_token, 1u);
  EXPECT_EQ(found[0][1].first_token, 5u);
}

TEST(PhraseMatcherSet, CollectsEveryStartWhenAsked) {
  // Phrases inside phrases ("la nuit de" in "dans la nuit de"): an every-start matcher gives
  // what MatchAt gives at each token; the other matchers still do not overlap.
  PhraseMatcher relative, plain;
  for (auto [phrase, id] : std::vector<std::pair<const char*, uint32_t>>{
           {"dans la nuit de", 1}, {"la nuit", 2}, {"nuit de", 3}, {"hier", 4}, {"hier soir", 5}, {"soir*", 6}}) {
    ASSERT_TRUE(relative.Add(phrase, id, nullptr));
    ASSERT_TRUE(plain.Add(phrase, id, nullptr));
  }
  const PhraseMatcherSet set({&plain, &relative},
                             {PhraseMatcherSet::Collect::kNonOverlapping, PhraseMatcherSet::Collect::kEveryStart});
  const std::string text = "Hier soir, puis dans la nuit de dimanche. La nuit de lundi, hier soirée.";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  const TokenWords words(text, tokens);
  for (auto [begin, end] : std::vector<std::pair<size_t, size_t>>{{0, tokens.size()}, {2, 7}, {5, tokens.size() + 3}}) {
    std::vector<std::vector<PhraseMatch>> found;
    set.FindAll(words, begin, end, found);
    EXPECT_TRUE(Same(found[0], plain.FindAll(words, begin, end))) << "from " << begin;
    std::vector<PhraseMatch> every;
    for (size_t t = begin; t < end; ++t) {
      if (auto match = relative.MatchAt(words, t, end)) every.push_back(*match);
    }
    EXPECT_TRUE(Same(found[1], every)) << "from " << begin;
    if (begin == 0) {
      EXPECT_GT(found[1].size(), found[0].size());  // "la nuit" inside "dans la nuit de"
    }
  }
}

}  // namespace
}  // namespace vigie
