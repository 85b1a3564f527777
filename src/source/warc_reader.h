// Reads web archives (WARC 1.0/1.1, plain or gzip) into Documents, one HTML page per record.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

#include "source/document.h"

namespace vigie {

struct WarcOptions {
  size_t max_record_bytes = 32u << 20;  // larger response records, and larger decoded pages, are refused
};

// What one archive held, for summaries and tests.
struct WarcStats {
  uint64_t records = 0;    // WARC records read, of any type
  uint64_t documents = 0;  // pages handed to the document sink
  uint64_t skipped = 0;    // records passed over on purpose: not a response, not 2xx, not HTML
  uint64_t problems = 0;   // problems handed to the problem sink
};

// Reads the WARC records in `in`, plain or gzip-compressed (one gzip member per record, as
// Common Crawl writes, or one member for the whole file; detected from the first bytes).
// Each `response` record holding a 2xx HTTP response whose payload is HTML (Content-Type
// text/html or application/xhtml+xml, or sniffed when absent) becomes a Document: id and
// url are the WARC-Target-URI (id "NAME#record-N" without one), fetched is the WARC-Date,
// charset comes from the HTTP Content-Type, bytes is the HTTP body with its chunked and
// gzip/deflate codings undone. Other records are skipped without a word.
//
// Problems (cut or corrupt gzip data, garbage between records, a bad Content-Length, a
// record over the size limit, an undecodable body) go to `on_problem` with input
// "NAME (record N at byte OFFSET)" — OFFSET is the record's file offset, or that of its
// gzip member — and reading goes on at the next "WARC/1." line or gzip member. Documents
// already handed out stay valid. Every resync moves forward, so reading always ends.
//
// Streams: memory is bounded by the largest record read plus two 256 KiB chunks; records
// that are not responses are passed over without being held. `name` only labels messages.
WarcStats ReadWarc(std::istream& in, const std::string& name, const WarcOptions& options,
                   const DocumentSink& on_document, const ProblemSink& on_problem);

// Opens `path` and reads it as ReadWarc does; a file that cannot be opened is one problem.
WarcStats ReadWarcFile(const std::string& path, const WarcOptions& options, const DocumentSink& on_document,
                       const ProblemSink& on_problem);

}  // namespace vigie
