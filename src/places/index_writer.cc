#include "places/index_writer.h"

#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>

#include "core/utf8.h"
#include "places/place_key.h"
#include "text/char_class.h"

namespace vigie {

namespace fmt = gazetteer_format;

uint32_t IndexWriter::AddString(std::string_view s) {
  if (s.size() > 0xFFFF) s = s.substr(0, Utf8PrefixLength(s, 0xFFFF));
  auto it = string_offsets_.find(std::string(s));
  if (it != string_offsets_.end()) return it->second;
  const uint32_t offset = static_cast<uint32_t>(strings_.size());
  const uint16_t length = static_cast<uint16_t>(s.size());
  strings_.append(reinterpret_cast<const char*>(&length), sizeof length);
  strings_.append(s);
  string_offsets_.emplace(std::string(s), offset);
  return offset;
}

void IndexWriter::AddName(uint32_t place, std::string_view name, fmt::MatchKind kind) {
  std::string key = PlaceKey(name);
  // Two-letter alternates are mostly abbreviations ("Al" for Halle); real two-letter
  // names come as main names.
  if (key.size() < 2 || (key.size() < 3 && kind == fmt::kMatchAlternate)) return;
  IndexKeyEntry& entry = keys_[key];
  const uint32_t posting = place << fmt::kMatchBits | kind;
  bool seen = false;
  for (uint32_t& p : entry.postings) {
    if (p >> fmt::kMatchBits == place) {
      p = std::min(p, posting);  // keep the strongest kind
      seen = true;
    }
  }
  if (!seen) entry.postings.push_back(posting);
  if (kind == fmt::kMatchDemonym) entry.flags |= fmt::kHasDemonym;
  // A name written lower case at its start ("lac Tchad") may match lower-case text.
  size_t pos = 0;
  const char32_t first = name.empty() ? 0 : DecodeUtf8(name, pos);
  const bool multiword = key.find(' ') != std::string::npos;
  // Only our own curated names: GeoNames' alternates hold lower-case junk ("à la").
  if (multiword && !IsUpper(first) && kind == fmt::kMatchAlias) entry.flags |= fmt::kLowercaseOk;
  // Every shorter word sequence at its start is a prefix the matcher may extend.
  for (size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
    keys_[key.substr(0, space)].flags |= fmt::kIsPrefix;
  }
}

void IndexWriter::MarkCommonWord(const std::string& key) {
  auto it = keys_.find(key);
  if (it != keys_.end() && !it->second.postings.empty()) it->second.flags |= fmt::kCommonWord;
}

namespace {

template <typename T>
void AppendRecords(std::string& out, const std::vector<T>& records) {
  out.append(reinterpret_cast<const char*>(records.data()), records.size() * sizeof(T));
}

void PadTo(std::string& out, size_t alignment) {
  while (out.size() % alignment != 0) out.push_back('\0');
}

}  // namespace

Status IndexWriter::Write(const std::filesystem::path& out, uint64_t* file_bytes) {
  // Postings first (the buckets point into them), most populous place first.
  std::vector<uint32_t> postings;
  size_t bucket_count = 1024;
  while (bucket_count < keys_.size() * 8 / 5) bucket_count *= 2;
  std::vector<fmt::NameBucket> buckets(bucket_count);
  // Insert in a fixed order so that the same inputs give the same bytes.
  std::vector<const std::pair<const std::string, IndexKeyEntry>*> ordered;
  ordered.reserve(keys_.size());
  for (const auto& item : keys_) ordered.push_back(&item);
  std::sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return a->first < b->first; });
  for (const auto* item : ordered) {
    const std::string& key = item->first;
    IndexKeyEntry entry = item->second;
    fmt::NameBucket bucket;
    bucket.hash = fmt::KeyHash(key.data(), key.size());
    bucket.key = AddString(key);
    bucket.flags = entry.flags;
    if (!entry.postings.empty()) {
      std::sort(entry.postings.begin(), entry.postings.end(), [&](uint32_t a, uint32_t b) {
        const auto& pa = places_[a >> fmt::kMatchBits];
        const auto& pb = places_[b >> fmt::kMatchBits];
        if (pa.population != pb.population) return pa.population > pb.population;
        return a < b;
      });
      bucket.flags |= fmt::kHasPlaces;
      bucket.postings = static_cast<uint32_t>(postings.size());
      postings.push_back(static_cast<uint32_t>(entry.postings.size()));
      postings.insert(postings.end(), entry.postings.begin(), entry.postings.end());
    }
    size_t slot = bucket.hash & (bucket_count - 1);
    while (buckets[slot].hash != 0) slot = (slot + 1) & (bucket_count - 1);
    buckets[slot] = bucket;
  }
  std::sort(countries_.begin(), countries_.end(),
            [](const auto& a, const auto& b) { return std::memcmp(a.code, b.code, 2) < 0; });

  std::string body;
  fmt::Header header;
  std::memcpy(header.magic, fmt::kMagic, sizeof header.magic);
  header.built_at =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  body.resize(sizeof(fmt::Header));
  auto section = [&](fmt::Section& s, uint64_t count, auto append) {
    PadTo(body, 8);
    s.offset = body.size();
    s.count = count;
    append();
  };
  section(header.places, places_.size(), [&] { AppendRecords(body, places_); });
  section(header.strings, strings_.size(), [&] { body += strings_; });
  section(header.buckets, buckets.size(), [&] { AppendRecords(body, buckets); });
  section(header.postings, postings.size(), [&] { AppendRecords(body, postings); });
  section(header.countries, countries_.size(), [&] { AppendRecords(body, countries_); });
  section(header.sources, sources_.size(), [&] { AppendRecords(body, sources_); });
  PadTo(body, 8);
  header.file_bytes = body.size();
  header.body_checksum = XXH3_64bits(body.data() + sizeof header, body.size() - sizeof header);
  std::memcpy(body.data(), &header, sizeof header);

  std::error_code ec;
  if (!out.parent_path().empty()) std::filesystem::create_directories(out.parent_path(), ec);
  std::filesystem::path temp = out;
  temp += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    if (!file) return Status::Error(temp.string() + ": cannot create the gazetteer index");
    file.write(body.data(), static_cast<std::streamsize>(body.size()));
    file.flush();
    if (!file) {
      std::filesystem::remove(temp, ec);
      return Status::Error(temp.string() + ": cannot write the gazetteer index (disk full?)");
    }
  }
  std::filesystem::rename(temp, out, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return Status::Error(out.string() + ": cannot move the new index into place: " + ec.message());
  }
  *file_bytes = body.size();
  return Status::Ok();
}

}  // namespace vigie
