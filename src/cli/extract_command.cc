// `vigie extract FILE...`: the article text and metadata of each document, as JSON Lines.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "core/data_paths.h"
#include "core/utf8.h"
#include "extract/article_extractor.h"
#include "source/input_reader.h"

namespace vigie {

namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  size_t max_mib = 32;
  bool quiet = false;
  std::string format = "jsonl";
};

// One readable entry per article for a person at a terminal: date, language, size, title
// and the start of the text.
void PrintSummary(const ExtractedArticle& article) {
  size_t words = 0;
  bool in_word = false;
  for (char c : article.text) {
    bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  constexpr size_t kLeadBytes = 160;
  std::string lead = article.text.substr(0, Utf8PrefixLength(article.text, kLeadBytes));
  for (char& c : lead)
    if (c == '\n') c = ' ';
  printf("%-10s  %-3s %5zu words  %s\n            %s%s\n            (%s)\n\n",
         article.published.empty() ? "no date" : article.published.c_str(), article.language.c_str(), words,
         article.title.empty() ? "(no title)" : article.title.c_str(), lead.c_str(),
         lead.size() < article.text.size() ? "..." : "", article.doc.c_str());
}

int RunExtract(const ExtractOptions& options, const CommonOptions& common) {
  auto extractor = ArticleExtractor::Load(ResolveDataDir(common.data_dir));
  if (!extractor.ok()) {
    fprintf(stderr, "vigie extract: %s\n", extractor.status().message().c_str());
    return 2;
  }
  InputOptions input_options;
  input_options.max_document_bytes = options.max_mib << 20;
  InputReader reader(input_options);
  size_t extracted = 0, failed = 0, skipped = 0;
  reader.Read(
      options.inputs,
      [&](Document&& document) {
        auto article = extractor->Extract(document);
        if (!article.ok()) {
          fprintf(stderr, "vigie extract: %s\n", article.status().message().c_str());
          ++failed;
          return;
        }
        if (!options.quiet)
          for (const std::string& warning : article->warnings)
            fprintf(stderr, "vigie extract: warning: %s: %s\n", document.id.c_str(), warning.c_str());
        ++extracted;
        if (options.format == "summary") {
          PrintSummary(article.value());
          return;
        }
        nlohmann::ordered_json out = {{"doc", article->doc},
                              {"url", article->url.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(article->url)},
                              {"title", article->title.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(article->title)},
                              {"published", article->published.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(article->published)},
                              {"language", article->language},
                              {"site_name", article->site_name.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(article->site_name)},
                              {"text", article->text}};
        WriteJsonLine(out, stdout);
      },
      [&](const InputProblem& problem) {
        if (problem.is_warning) {
          ++skipped;
          if (!options.quiet) fprintf(stderr, "vigie extract: warning: %s: %s\n", problem.input.c_str(), problem.message.c_str());
          return;
        }
        ++failed;
        fprintf(stderr, "vigie extract: %s: %s\n", problem.input.c_str(), problem.message.c_str());
      });
  fflush(stdout);
  if (failed > 0 || (!options.quiet && skipped > 0))
    fprintf(stderr, "vigie extract: %zu extracted, %zu failed, %zu skipped\n", extracted, failed, skipped);
  return failed > 0 ? 1 : 0;
}

}  // namespace

void RegisterExtractCommand(CLI::App& app, const CommonOptions& common, int* exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Print the main text and metadata of each document as JSON Lines:\n"
      "  {doc, url, title, published, language, site_name, text}\n"
      "Inputs: .html/.htm pages (any charset), .txt files, .jsonl/.json records\n"
      "({\"id\", \"url\"?, \"title\"?, \"published\"?, \"text\" | \"html\"}), .gz of any of these,\n"
      "directories (read recursively) and '-' for standard input.\n"
      "Menus, share bars, cookie banners, related links and comment sections are dropped.\n"
      "Exit status: 0 all inputs extracted, 1 some input failed (the others are still printed).");
  cmd->add_option("inputs", options->inputs, "Files, directories, or - for standard input")->required();
  cmd->add_option("--max-mib", options->max_mib, "Refuse documents larger than this many MiB")
      ->default_val(32)
      ->check(CLI::Range(1, 4096));
  cmd->add_flag("-q,--quiet", options->quiet, "Print only errors on standard error");
  cmd->add_option("--format", options->format, "jsonl (the contract) or summary (readable, for a terminal)")
      ->default_val("jsonl")
      ->check(CLI::IsMember({"jsonl", "summary"}));
  cmd->callback([options, &common, exit_code] { *exit_code = RunExtract(*options, common); });
}

}  // namespace vigie
