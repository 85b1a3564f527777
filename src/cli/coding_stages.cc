// The extractor and the coder, loaded the same way by `vigie code`, `eval` and `ingest`.
#include <cstdio>

#include "cli/commands.h"
#include "core/data_paths.h"

namespace vigie {

std::variant<CodingStages, int> LoadCodingStages(const CommonOptions& common, const std::string& published,
                                                 const char* command, bool quiet) {
  CodingOptions options;
  if (!published.empty()) {
    CivilDate date{};
    if (published.size() != 10 ||
        std::sscanf(published.c_str(), "%4d-%2d-%2d", &date.year, &date.month, &date.day) != 3 ||
        !IsValidDate(date.year, date.month, date.day)) {
      fprintf(stderr, "vigie %s: --published '%s' is not a date like 2024-09-17\n", command, published.c_str());
      return 2;
    }
    options.default_published = date;
  }
  const auto data_dir = ResolveDataDir(common.data_dir);
  auto extractor = ArticleExtractor::Load(data_dir);
  if (!extractor.ok()) {
    fprintf(stderr, "vigie %s: %s\n", command, extractor.status().message().c_str());
    return 2;
  }
  auto gazetteer = OpenCommandGazetteer(common, data_dir, command, quiet);
  if (!gazetteer.ok()) {
    fprintf(stderr, "vigie %s: %s\n", command, gazetteer.status().message().c_str());
    return 2;
  }
  auto coder = EventCoder::Load(data_dir, std::move(gazetteer).value());
  if (!coder.ok()) {
    fprintf(stderr, "vigie %s: %s\n", command, coder.status().message().c_str());
    return 2;
  }
  return CodingStages{std::move(extractor).value(), std::move(coder).value(), options};
}

}  // namespace vigie
