// `vigie ingest` as a library: documents from any source are extracted and coded by
// parallel workers, then stored in input order by one writer in batched transactions, so
// that a crash loses at most the documents in flight and a re-run adds nothing twice.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include "coding/event_coder.h"
#include "core/status.h"
#include "extract/article_extractor.h"
#include "source/document.h"
#include "store/event_store.h"

namespace vigie {

// Extraction and coding of one document: what the store takes, or why the document is
// skipped (Status names the document). May throw: a stage that throws on a document is
// reported and that document skipped; the others go on.
using DocumentPreparer = std::function<Result<DocumentToStore>(const Document&)>;

// Whether the store holds a document already; called from worker threads.
using StoredDocumentCheck = std::function<bool(const DocumentFingerprint&)>;

// The real stages: ArticleExtractor, the document's fingerprint, then EventCoder. A document
// `is_stored` recognises (when given) is not coded: the store will find it a duplicate, and a
// re-run over documents stored before costs little more than reading them. Both stages must
// outlive the preparer.
DocumentPreparer MakeDocumentPreparer(const ArticleExtractor& extractor, const EventCoder& coder,
                                      const CodingOptions& options, StoredDocumentCheck is_stored = nullptr);

struct IngestOptions {
  int workers = 1;                    // threads extracting and coding
  // Documents per transaction at most: each commit costs a new full-text index segment and a
  // rewrite of the pages every batch touches (a document's index entries land on pages of
  // their own once the indexes are large), so 512 stores ~10% faster than 128, and 2,048 16%
  // faster than 512 at 300,000 documents in publication order (9% in random order), for
  // 10-40 MB more at the peak. A crash loses at most the batch in flight.
  size_t batch_documents = 2048;
  int batch_milliseconds = 1000;      // a batch waits no longer than this for more documents
};

struct IngestSummary {
  int64_t read = 0;             // documents handed to the pipeline
  int64_t stored = 0;           // new documents stored
  int64_t duplicates = 0;       // already stored (same text or canonical URL): nothing added
  int64_t near_duplicates = 0;  // syndicated copies, stored as sources of the original's events
  int64_t skipped = 0;          // not stored: nothing usable, or a stage failed on them
  int64_t events_new = 0;
  int64_t events_merged = 0;    // reports merged into an event of another document
  std::map<std::string, int64_t> skip_reasons;  // reason → documents
};

// What the pipeline tells as it goes: after each stored batch, and each skipped document.
struct IngestObserver {
  std::function<void(const IngestSummary&)> on_progress;
  std::function<void(const std::string& doc, const std::string& message)> on_skip;
};

class IngestPipeline {
 public:
  IngestPipeline(EventStore& store, DocumentPreparer prepare, const IngestOptions& options)
      : store_(store), prepare_(std::move(prepare)), options_(options) {}

  // Runs `produce`, which hands documents to its sink one at a time on the calling thread
  // (an InputReader, a feed poller), through the workers into the store. Returns the
  // summary, or the store's error when the store itself fails (a full disk, a database
  // locked for longer than the busy timeout): batches committed before stay stored.
  Result<IngestSummary> Run(const std::function<void(const std::function<void(Document&&)>&)>& produce,
                            const IngestObserver& observer = {});

 private:
  EventStore& store_;
  DocumentPreparer prepare_;
  IngestOptions options_;
};

// The reason a message names, for the summary: its text after the document name and
// without figures ("file.html: no article text found" → "no article text found").
std::string SkipReason(const std::string& doc, const std::string& message);

}  // namespace vigie
