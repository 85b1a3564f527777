#include "store/recent_events.h"

#include <iterator>
#include <string>

#include "coding/event_record_json.h"

namespace vigie {

size_t ApproximateRecordBytes(const EventRecord& e) {
  auto text = [](const std::string& s) { return s.size() > 15 ? s.size() + 1 : 0; };  // else inside the object
  size_t bytes = sizeof(EventRecord);
  for (const std::string* s : {&e.event_id_cnty, &e.disorder_type, &e.event_type, &e.sub_event_type, &e.actor1,
                               &e.assoc_actor_1, &e.actor2, &e.assoc_actor_2, &e.civilian_targeting, &e.region,
                               &e.country, &e.admin1, &e.admin2, &e.admin3, &e.location, &e.source, &e.source_scale,
                               &e.notes, &e.tags, &e.actor1_id, &e.actor2_id}) {
    bytes += text(*s);
  }
  bytes += e.evidence.capacity() * sizeof(Evidence) + e.sources.capacity() * sizeof(EventSource);
  for (const Evidence& ev : e.evidence) bytes += text(ev.doc) + text(ev.text) + text(ev.role);
  for (const EventSource& s : e.sources) bytes += text(s.doc) + text(s.url) + text(s.title) + text(s.published);
  return bytes;
}

EventRecord AsStoredEvent(EventRecord record) {
  NormalizeAsJsonReadsBack(record);
  if (record.review.empty()) record.review = "unreviewed";  // the review column's default
  return record;
}

const EventRecord* RecentEvents::Find(int64_t id) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return nullptr;
  entries_.splice(entries_.begin(), entries_, it->second);
  return &it->second->record;
}

void RecentEvents::Keep(int64_t id, EventRecord record) {
  Forget(id);
  record = AsStoredEvent(std::move(record));
  const size_t bytes = ApproximateRecordBytes(record);
  if (max_events_ == 0 || bytes > max_bytes_) return;
  while (!entries_.empty() && (by_id_.size() >= max_events_ || bytes_ + bytes > max_bytes_)) {
    Erase(std::prev(entries_.end()));
  }
  entries_.push_front({id, std::move(record), bytes});
  by_id_.emplace(id, entries_.begin());
  bytes_ += bytes;
}

std::optional<EventRecord> RecentEvents::Take(int64_t id, size_t* bytes) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  if (bytes != nullptr) *bytes += it->second->bytes;
  std::optional<EventRecord> record(std::move(it->second->record));
  Erase(it->second);
  return record;
}

void RecentEvents::Forget(int64_t id) {
  auto it = by_id_.find(id);
  if (it != by_id_.end()) Erase(it->second);
}

void RecentEvents::Erase(Entries::iterator entry) {
  bytes_ -= entry->bytes;
  by_id_.erase(entry->id);
  entries_.erase(entry);
}

void RecentEvents::Clear() {
  entries_.clear();
  by_id_.clear();
  bytes_ = 0;
}

}  // namespace vigie
