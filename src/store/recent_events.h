// The records of the events a store's writer saved last, so that merging one more report
// into an event needs neither reading its row nor parsing its JSON record again (about half
// of a merge's cost). The store says when the cache may no longer hold: another connection
// or another kind of change wrote to the database.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <optional>
#include <unordered_map>
#include <utility>

#include "coding/event_record.h"

namespace vigie {

// `record` as the store reads an event back from its row: JSON's normalisation
// (NormalizeAsJsonReadsBack) and the review column's default.
EventRecord AsStoredEvent(EventRecord record);

// The memory a record holds, about: its strings and lists.
size_t ApproximateRecordBytes(const EventRecord& e);

class RecentEvents {
 public:
  // Keeps at most `max_events` records taking about `max_bytes` of memory at most (an
  // event reported often holds hundreds of sources), dropping the least recently used first.
  RecentEvents(size_t max_events, size_t max_bytes) : max_events_(max_events), max_bytes_(max_bytes) {}

  // The record kept for event `id`, or nullptr; valid until the next call that changes the
  // cache (Keep, Forget, Clear).
  const EventRecord* Find(int64_t id);
  // Keeps `record` as event `id`'s, as the store would read it back from its JSON.
  void Keep(int64_t id, EventRecord record);
  // Removes event `id`'s record and gives it, when kept: for a change made in place. Adds
  // the memory it holds, about, to `*bytes` when given.
  std::optional<EventRecord> Take(int64_t id, size_t* bytes = nullptr);
  void Forget(int64_t id);
  void Clear();
  size_t size() const { return by_id_.size(); }
  size_t bytes() const { return bytes_; }

 private:
  struct Entry {
    int64_t id;
    EventRecord record;
    size_t bytes;
  };
  using Entries = std::list<Entry>;  // most recently used first

  void Erase(Entries::iterator entry);

  const size_t max_events_, max_bytes_;
  Entries entries_;
  std::unordered_map<int64_t, Entries::iterator> by_id_;
  size_t bytes_ = 0;
};

}  // namespace vigie
