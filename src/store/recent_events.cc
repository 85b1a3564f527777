#include "store/recent_events.h"

#include "coding/event_record_json.h"

namespace vigie {

const EventRecord* RecentEvents::Find(int64_t id) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return nullptr;
  entries_.splice(entries_.begin(), entries_, it->second);
  return &it->second->second;
}

void RecentEvents::Keep(int64_t id, EventRecord record) {
  if (capacity_ == 0) return;
  NormalizeAsJsonReadsBack(record);
  if (record.review.empty()) record.review = "unreviewed";  // the review column's default
  auto it = by_id_.find(id);
  if (it != by_id_.end()) {
    it->second->second = std::move(record);
    entries_.splice(entries_.begin(), entries_, it->second);
    return;
  }
  if (by_id_.size() >= capacity_) {
    by_id_.erase(entries_.back().first);
    entries_.pop_back();
  }
  entries_.emplace_front(id, std::move(record));
  by_id_.emplace(id, entries_.begin());
}

void RecentEvents::Forget(int64_t id) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return;
  entries_.erase(it->second);
  by_id_.erase(it);
}

void RecentEvents::Clear() {
  entries_.clear();
  by_id_.clear();
}

}  // namespace vigie
