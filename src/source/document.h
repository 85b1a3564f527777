// The Source stage's output: one input item, raw bytes plus what is known about it.
#pragma once

#include <string>

namespace vigie {

enum class ContentType { kHtml, kText };

struct Document {
  std::string id;         // "doc" everywhere in the output: the path as given, or the JSONL id
  std::string url;        // empty when unknown
  std::string title;      // from the JSONL record; empty when the extractor must find it
  std::string published;  // YYYY-MM-DD from the JSONL record; empty when unknown
  ContentType type = ContentType::kText;
  std::string charset;    // declared by the container (HTTP header, JSONL is UTF-8); may be empty
  std::string bytes;      // the raw content
};

// "html" or "text", for messages.
const char* ContentTypeName(ContentType type);

}  // namespace vigie
