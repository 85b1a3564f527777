#include "ingest/ingest_pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace vigie {

DocumentPreparer MakeDocumentPreparer(const ArticleExtractor& extractor, const EventCoder& coder,
                                      const CodingOptions& options, StoredDocumentCheck is_stored) {
  return [&extractor, &coder, options, is_stored](const Document& document) -> Result<DocumentToStore> {
    auto article = extractor.Extract(document);
    if (!article.ok()) return article.status();
    DocumentToStore prepared;
    prepared.fetched = document.fetched;
    prepared.fingerprint = FingerprintDocument(article->text, article->url);
    if (!is_stored || !is_stored(*prepared.fingerprint)) {
      prepared.reports = coder.Code(article.value(), options).events;
    }
    prepared.article = std::move(article).value();
    return prepared;
  };
}

std::string SkipReason(const std::string& doc, const std::string& message) {
  std::string_view reason = message;
  if (reason.starts_with(doc + ": ")) reason.remove_prefix(doc.size() + 2);
  // Drop figures and what follows a parenthesis, so that one cause counts once.
  std::string out;
  for (char c : reason.substr(0, reason.find(" ("))) {
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != 'N') out += 'N';
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// One document on its way: its place in the input, then what preparing it gave.
struct Slot {
  std::string doc;
  std::optional<DocumentToStore> prepared;
  std::string error;  // why it is skipped, when `prepared` is empty
};

// The state the reader, the workers and the writer share, under one mutex. Each side
// sleeps until there is enough for it to do, so that threads wake once for many documents,
// not once for each: the reader until a quarter of the conveyor is free, the writer until a
// run of documents is ready (or its batch's time is up).
class Conveyor {
 public:
  Conveyor(size_t capacity) : capacity_(capacity) {}

  size_t capacity() const { return capacity_; }

  // Reader: waits for room, then queues a document. False when the run is aborted.
  bool PushInput(Document&& document) {
    std::unique_lock lock(mutex_);
    if (Held() >= capacity_) {
      reader_waiting_ = true;
      room_.wait(lock, [&] { return aborted_ || Held() + capacity_ / 4 <= capacity_; });
      reader_waiting_ = false;
    }
    if (aborted_) return false;
    inputs_.emplace_back(next_input_++, std::move(document));
    if (idle_workers_ > 0) work_.notify_one();
    return true;
  }
  void CloseInput() {
    std::lock_guard lock(mutex_);
    input_closed_ = true;
    work_.notify_all();
    done_.notify_all();
  }

  // Worker: the next document to prepare, or nullopt when there is no more.
  std::optional<std::pair<uint64_t, Document>> PopInput() {
    std::unique_lock lock(mutex_);
    ++idle_workers_;
    work_.wait(lock, [&] { return aborted_ || input_closed_ || !inputs_.empty(); });
    --idle_workers_;
    if (aborted_ || inputs_.empty()) return std::nullopt;
    auto item = std::move(inputs_.front());
    inputs_.pop_front();
    return item;
  }
  void PushOutput(uint64_t seq, Slot&& slot) {
    std::lock_guard lock(mutex_);
    outputs_.emplace(seq, std::move(slot));
    if (writer_wants_ > 0 && (ReadyRun() >= writer_wants_ || AllReady())) done_.notify_one();
  }

  // Writer: the documents ready in input order, at most `most`, once `wanted` of them are
  // ready or `wait` is over. Empty with `finished` set when every document has been taken.
  std::vector<Slot> TakeReady(size_t most, size_t wanted, std::chrono::milliseconds wait, bool& finished) {
    std::unique_lock lock(mutex_);
    writer_wants_ = std::max<size_t>(1, std::min(wanted, most));
    done_.wait_for(lock, wait, [&] { return aborted_ || ReadyRun() >= writer_wants_ || AllReady(); });
    writer_wants_ = 0;
    std::vector<Slot> slots;
    while (slots.size() < most && !outputs_.empty() && outputs_.begin()->first == next_output_) {
      slots.push_back(std::move(outputs_.begin()->second));
      outputs_.erase(outputs_.begin());
      ++next_output_;
    }
    finished = aborted_ || Drained();
    if (reader_waiting_ && Held() + capacity_ / 4 <= capacity_) room_.notify_one();
    return slots;
  }

  void Abort() {
    std::lock_guard lock(mutex_);
    aborted_ = true;
    room_.notify_all();
    work_.notify_all();
    done_.notify_all();
  }

 private:
  bool Drained() const { return input_closed_ && next_output_ == next_input_; }
  // The input is closed and every document left is ready.
  bool AllReady() const { return input_closed_ && next_output_ + ReadyRun() == next_input_; }
  size_t Held() const { return inputs_.size() + outputs_.size(); }
  // How many documents are ready in input order from the writer's next one.
  size_t ReadyRun() const {
    size_t run = 0;
    for (auto it = outputs_.begin(); it != outputs_.end() && it->first == next_output_ + run; ++it) ++run;
    return run;
  }

  std::mutex mutex_;
  std::condition_variable room_, work_, done_;
  const size_t capacity_;
  std::deque<std::pair<uint64_t, Document>> inputs_;
  std::map<uint64_t, Slot> outputs_;
  uint64_t next_input_ = 0, next_output_ = 0;
  size_t writer_wants_ = 0;  // while the writer sleeps: how many ready documents wake it
  int idle_workers_ = 0;
  bool reader_waiting_ = false;
  bool input_closed_ = false, aborted_ = false;
};

}  // namespace

Result<IngestSummary> IngestPipeline::Run(const std::function<void(const std::function<void(Document&&)>&)>& produce,
                                          const IngestObserver& observer) {
  const int workers = std::max(1, options_.workers);
  // Documents between the reader and the writer's batch: enough to keep the workers busy
  // while the writer commits; not a batch's worth more, so that memory stays that of a few
  // hundred documents however large a batch.
  Conveyor conveyor(static_cast<size_t>(workers) * 8 + 128);
  // The writer thread owns `summary`; the reader counts into `read` and checks `failed`.
  IngestSummary summary;
  std::atomic<int64_t> read{0};
  std::atomic<bool> failed{false};
  std::optional<Status> store_failure;  // set by the writer before `failed`

  auto skip = [&](const std::string& doc, const std::string& message) {
    ++summary.skipped;
    ++summary.skip_reasons[SkipReason(doc, message)];
    if (observer.on_skip) observer.on_skip(doc, message);
  };
  auto count = [&](const StoreOutcome& outcome) {
    switch (outcome.fate) {
      case DocumentFate::kStored:
        ++summary.stored;
        break;
      case DocumentFate::kDuplicate:
        ++summary.duplicates;
        break;
      case DocumentFate::kNearDuplicate:
        ++summary.near_duplicates;
        break;
    }
    summary.events_new += outcome.events_new;
    summary.events_merged += outcome.events_merged;
  };

  // Stores a batch in one transaction. When a document fails, each is tried alone: a
  // document the store refuses is skipped; when none can be stored the store itself is
  // failing, and the run stops. A failure that names no document (the database locked past
  // the wait, a failed commit) stops the run at once: retrying each document would only wait
  // as long again, document after document.
  auto store_batch = [&](std::vector<DocumentToStore>& batch) {
    if (batch.empty()) return;
    auto outcomes = store_.AddDocuments(batch);
    const auto names_a_document = [&](const std::string& message) {
      return std::any_of(batch.begin(), batch.end(),
                         [&](const DocumentToStore& d) { return message.starts_with(d.article.doc + ": "); });
    };
    if (outcomes.ok()) {
      for (const StoreOutcome& outcome : outcomes.value()) count(outcome);
    } else if (!names_a_document(outcomes.status().message())) {
      store_failure = outcomes.status();
      failed = true;
      conveyor.Abort();
    } else {
      bool any_stored = false;
      std::optional<Status> last_error;
      std::vector<std::pair<std::string, std::string>> refused;
      for (const DocumentToStore& document : batch) {
        auto one = store_.AddDocuments(std::span(&document, 1));
        if (one.ok()) {
          any_stored = true;
          count(one->front());
        } else {
          refused.emplace_back(document.article.doc, one.status().message());
          last_error = one.status();
        }
      }
      if (!any_stored && last_error) {
        store_failure = *last_error;
        failed = true;
        conveyor.Abort();
      } else {
        for (const auto& [doc, message] : refused) skip(doc, message);
      }
    }
    batch.clear();
    summary.read = read;
    if (observer.on_progress) observer.on_progress(summary);
  };

  std::thread writer([&] {
    const std::chrono::milliseconds batch_time(options_.batch_milliseconds);
    std::vector<DocumentToStore> batch;
    auto started = std::chrono::steady_clock::now();
    for (;;) {
      // Wake for half the conveyor's worth at once (or the batch's rest), while the workers
      // fill the other half; an empty batch waits a whole batch time for its first document.
      const size_t room = std::max<size_t>(1, options_.batch_documents) - batch.size();
      auto wait = batch_time;
      if (!batch.empty()) {
        wait = std::max(std::chrono::milliseconds(0), std::chrono::duration_cast<std::chrono::milliseconds>(
                                                          started + batch_time - std::chrono::steady_clock::now()));
      }
      bool finished = false;
      std::vector<Slot> slots = conveyor.TakeReady(room, conveyor.capacity() / 2, wait, finished);
      for (Slot& slot : slots) {
        if (slot.prepared) {
          if (batch.empty()) started = std::chrono::steady_clock::now();
          batch.push_back(std::move(*slot.prepared));
        } else {
          skip(slot.doc, slot.error);
        }
      }
      const bool timed_out = std::chrono::steady_clock::now() - started >= batch_time;
      if (batch.size() >= options_.batch_documents || (!batch.empty() && timed_out) || finished) {
        if (!failed) store_batch(batch);
      }
      if (finished) break;
    }
  });

  std::vector<std::thread> pool;
  for (int w = 0; w < workers; ++w) {
    pool.emplace_back([&] {
      while (auto item = conveyor.PopInput()) {
        Slot slot;
        slot.doc = item->second.id;
        try {
          auto prepared = prepare_(item->second);
          if (prepared.ok()) {
            slot.prepared = std::move(prepared).value();
          } else {
            slot.error = prepared.status().message();
          }
        } catch (const std::exception& e) {
          slot.error = slot.doc + ": processing failed (" + e.what() + "); document skipped";
        } catch (...) {
          slot.error = slot.doc + ": processing failed (unknown error); document skipped";
        }
        conveyor.PushOutput(item->first, std::move(slot));
      }
    });
  }

  produce([&](Document&& document) {
    if (failed) return;
    ++read;
    conveyor.PushInput(std::move(document));
  });
  conveyor.CloseInput();
  for (std::thread& t : pool) t.join();
  writer.join();
  if (failed) return *store_failure;
  summary.read = read;
  return summary;
}

}  // namespace vigie
