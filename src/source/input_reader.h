// Turns command-line inputs (files, directories, stdin, JSON Lines) into Documents.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "source/document.h"

namespace vigie {

struct JsonRecord;  // the fields of one JSON record (input_reader.cc)

struct InputOptions {
  size_t max_document_bytes = 32u << 20;  // larger documents (and WARC records) are refused with a message
  // Told how many more bytes of the input files have been read: a JSON Lines file line by
  // line, any other file once done with. With InputBytes, a progress bar.
  std::function<void(uint64_t bytes)> on_bytes_read;
};

// The bytes reading `inputs` goes through: the sizes of the files named and of the files
// in the directories named ("-" and anything unreadable count nothing).
uint64_t InputBytes(const std::vector<std::string>& inputs);

// Reads inputs in the order given. A path may be a file (.html, .htm, .xhtml, .txt, .json,
// .jsonl, .warc, or any of them gzip-compressed as .gz; other names are sniffed), a directory
// (read recursively, files in name order, unknown extensions skipped with a warning), or
// "-" for standard input (sniffed; not WARC). Binary content, empty files, files over the
// size limit, unreadable paths and malformed JSON records are reported to `on_problem` and
// skipped. A .warc or .warc.gz archive is streamed through ReadWarc (warc_reader.h): one
// Document per 2xx HTML response, the size limit applying to each record rather than to
// the file. Documents stream out one at a time; memory is bounded by the largest document.
class InputReader {
 public:
  using DocumentSink = ::vigie::DocumentSink;
  using ProblemSink = ::vigie::ProblemSink;

  explicit InputReader(InputOptions options = {}) : options_(options) {}
  void Read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
            const ProblemSink& on_problem) const;

 private:
  void ReadPath(const std::string& path, bool from_directory, const DocumentSink& on_document,
                const ProblemSink& on_problem) const;
  void ReadBytes(const std::string& name, std::string ext, std::string bytes, const DocumentSink& on_document,
                 const ProblemSink& on_problem) const;
  // A plain JSON Lines file, read a line at a time. False (nothing read) when the file
  // cannot be opened or does not start like JSON Lines: the caller reads it whole instead.
  bool StreamJsonLines(const std::string& path, const DocumentSink& on_document, const ProblemSink& on_problem) const;
  void ReadJsonLine(const std::string& name, int line_number, std::string_view line, const DocumentSink& on_document,
                    const ProblemSink& on_problem) const;
  void EmitRecord(JsonRecord&& record, const std::string& where, const DocumentSink& on_document,
                  const ProblemSink& on_problem) const;
  void ReadJsonLines(const std::string& name, const std::string& bytes, const DocumentSink& on_document,
                     const ProblemSink& on_problem) const;
  InputOptions options_;
};

// Detects whether `bytes` is HTML, text or binary. Returns false (binary) when the bytes
// hold NULs or many control characters outside a UTF-16 byte-order mark.
bool LooksLikeText(std::string_view bytes);
bool LooksLikeHtml(std::string_view bytes);

// True when `s` is a record's "published" as we take it: YYYY-MM-DD, alone or followed by
// 'T' or a space, a time of digits, colons and dots, and "Z" or an offset (+HH:MM, +HHMM).
bool IsIsoDate(std::string_view s);

}  // namespace vigie
