#include "text/text_analyzer.h"

#include "text/language_identifier.h"
#include "text/tokenizer.h"

namespace vigie {

Result<TextAnalyzer> TextAnalyzer::Load(const std::filesystem::path& data_dir) {
  auto list = AbbreviationList::Load(data_dir / "lexicon" / "abbreviations.tsv", nullptr);
  if (!list.ok()) return list.status();
  return TextAnalyzer(std::move(list).value());
}

AnalysedText TextAnalyzer::Analyse(std::string_view text, std::string_view language) const {
  AnalysedText result;
  result.language = language.empty() ? IdentifyLanguage(text).code : std::string(language);
  SentenceSplitter splitter(abbreviations_);
  splitter.Split(text, result.language, result.sentences);
  result.tokens.reserve(text.size() / 5);
  for (Sentence& sentence : result.sentences) {
    sentence.first_token = static_cast<uint32_t>(result.tokens.size());
    Tokenize(text, sentence.start, sentence.end, result.tokens);
    sentence.token_count = static_cast<uint32_t>(result.tokens.size()) - sentence.first_token;
  }
  return result;
}

}  // namespace vigie
