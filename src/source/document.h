// The Source stage's output: one input item, raw bytes plus what is known about it.
#pragma once

#include <functional>
#include <string>

namespace vigie {

enum class ContentType { kHtml, kText };

struct Document {
  std::string id;         // "doc" everywhere in the output: the path as given, the JSONL id or the WARC URI
  std::string url;        // empty when unknown
  std::string title;      // from the JSONL record; empty when the extractor must find it
  std::string published;  // YYYY-MM-DD from the JSONL record; empty when unknown
  std::string fetched;    // ISO 8601 time the page was crawled (WARC-Date); empty when unknown
  ContentType type = ContentType::kText;
  std::string charset;    // declared by the container (HTTP header, JSONL is UTF-8); may be empty
  std::string bytes;      // the raw content
};

// A problem with one input; the other inputs are still read.
struct InputProblem {
  std::string input;    // path (with ":LINE" for a JSON Lines record, " (record ...)" for WARC) or "-"
  std::string message;  // what was wrong
  bool is_warning = false;  // true when something was skipped on purpose (unsupported file in a folder)
};

// Where readers hand their output, one item at a time.
using DocumentSink = std::function<void(Document&&)>;
using ProblemSink = std::function<void(const InputProblem&)>;

// "html" or "text", for messages.
const char* ContentTypeName(ContentType type);

}  // namespace vigie
