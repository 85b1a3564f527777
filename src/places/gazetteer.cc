#include "places/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#if defined(__x86_64__)
#define XXH_DISPATCH_DISABLE_REPLACE  // called by name below
#include <xxh_x86dispatch.h>
#endif

#include <chrono>
#include <cstring>

namespace vigie {

namespace fmt = gazetteer_format;

struct Gazetteer::Mapping {
  void* data = nullptr;
  size_t size = 0;
  // The buckets of names written lower case at their start or of nationality words, in
  // table order: noted by Open's walk over the table, so that LowercaseNameStarts needs
  // no second walk over its million buckets.
  std::vector<uint32_t> lowercase_buckets;
  ~Mapping() {
    if (data != nullptr) munmap(data, size);
  }
};

namespace {

// XXH3-64 of the index body, the same value whatever the instruction set: libxxhash's
// dispatcher picks AVX2 or AVX-512 when the CPU has them (half the instructions of the
// SSE2 default on the 42 MB index, the largest part of start-up).
uint64_t BodyChecksum(const char* data, size_t size) {
#if defined(__x86_64__)
  return XXH3_64bits_dispatch(data, size);
#else
  return XXH3_64bits(data, size);
#endif
}

// True when section `s` of `record_size`-byte records lies inside a file of `file_bytes`.
bool SectionFits(const fmt::Section& s, size_t record_size, uint64_t file_bytes) {
  if (s.offset % 4 != 0 || s.offset > file_bytes) return false;
  if (s.count > (file_bytes - s.offset) / record_size) return false;
  return true;
}

}  // namespace

Result<Gazetteer> Gazetteer::Open(const std::filesystem::path& index) {
  const std::string name = index.string();
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(name + ": cannot open the gazetteer index: " + std::strerror(errno));
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return Status::Error(name + ": the gazetteer index is not a regular file");
  }
  const auto file_bytes = static_cast<uint64_t>(info.st_size);
  if (file_bytes < sizeof(fmt::Header)) {
    ::close(fd);
    return Status::Error(name + ": gazetteer index truncated (" + std::to_string(file_bytes) + " bytes)");
  }
  void* data = mmap(nullptr, file_bytes, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (data == MAP_FAILED) return Status::Error(name + ": cannot map the gazetteer index: " + std::strerror(errno));
  auto mapping = std::make_shared<Mapping>();
  mapping->data = data;
  mapping->size = file_bytes;

  const auto* base = static_cast<const char*>(data);
  fmt::Header header;
  std::memcpy(&header, base, sizeof header);
  if (std::memcmp(header.magic, fmt::kMagic, sizeof header.magic) != 0) {
    return Status::Error(name + ": not a Vigie gazetteer index (bad magic number)");
  }
  if (header.version != fmt::kVersion || header.header_bytes != sizeof(fmt::Header)) {
    return Status::Error(name + ": gazetteer index of format version " + std::to_string(header.version) +
                         ", this vigie reads version " + std::to_string(fmt::kVersion) + "; rebuild it");
  }
  if (header.file_bytes != file_bytes) {
    return Status::Error(name + ": gazetteer index truncated or padded (" + std::to_string(file_bytes) +
                         " bytes, the header says " + std::to_string(header.file_bytes) + ")");
  }
  if (BodyChecksum(base + sizeof header, file_bytes - sizeof header) != header.body_checksum) {
    return Status::Error(name + ": gazetteer index is corrupt (checksum mismatch); rebuild it");
  }
  if (!SectionFits(header.places, sizeof(fmt::PlaceRecord), file_bytes) ||
      !SectionFits(header.strings, 1, file_bytes) ||
      !SectionFits(header.buckets, sizeof(fmt::NameBucket), file_bytes) ||
      !SectionFits(header.postings, sizeof(uint32_t), file_bytes) ||
      !SectionFits(header.countries, sizeof(fmt::CountryRecord), file_bytes) ||
      !SectionFits(header.sources, sizeof(fmt::SourceRecord), file_bytes) || header.buckets.count == 0 ||
      (header.buckets.count & (header.buckets.count - 1)) != 0) {
    return Status::Error(name + ": gazetteer index is corrupt (a section lies outside the file)");
  }
  Gazetteer gazetteer;
  gazetteer.path_ = index;
  gazetteer.places_ = reinterpret_cast<const PlaceRecord*>(base + header.places.offset);
  gazetteer.place_count_ = header.places.count;
  gazetteer.strings_ = base + header.strings.offset;
  gazetteer.string_bytes_ = header.strings.count;
  gazetteer.buckets_ = reinterpret_cast<const fmt::NameBucket*>(base + header.buckets.offset);
  gazetteer.bucket_count_ = header.buckets.count;
  gazetteer.postings_ = reinterpret_cast<const uint32_t*>(base + header.postings.offset);
  gazetteer.posting_count_ = header.postings.count;
  gazetteer.countries_ = reinterpret_cast<const fmt::CountryRecord*>(base + header.countries.offset);
  gazetteer.country_count_ = header.countries.count;
  gazetteer.sources_ = reinterpret_cast<const fmt::SourceRecord*>(base + header.sources.offset);
  gazetteer.source_count_ = header.sources.count;
  // Every posting list and every place index in it, once here, so that lookups and the
  // code that walks their results need no checks.
  for (size_t i = 0; i < gazetteer.bucket_count_; ++i) {
    const fmt::NameBucket& bucket = gazetteer.buckets_[i];
    if (bucket.hash == 0) continue;
    if ((bucket.flags & (fmt::kLowercaseOk | fmt::kHasDemonym)) != 0)
      mapping->lowercase_buckets.push_back(static_cast<uint32_t>(i));
    if ((bucket.flags & fmt::kHasPlaces) == 0) continue;
    if (bucket.postings >= gazetteer.posting_count_ ||
        gazetteer.postings_[bucket.postings] > gazetteer.posting_count_ - bucket.postings - 1) {
      return Status::Error(name + ": gazetteer index is corrupt (a name's list of places lies outside)");
    }
    const uint32_t* list = gazetteer.postings_ + bucket.postings + 1;
    for (uint32_t k = 0; k < gazetteer.postings_[bucket.postings]; ++k) {
      if ((list[k] >> fmt::kMatchBits) >= gazetteer.place_count_) {
        return Status::Error(name + ": gazetteer index is corrupt (a name points at no place)");
      }
    }
  }
  for (size_t i = 0; i < gazetteer.country_count_; ++i) {
    if (gazetteer.countries_[i].place >= static_cast<int64_t>(gazetteer.place_count_)) {
      return Status::Error(name + ": gazetteer index is corrupt (a country points at no place)");
    }
  }
  // Record-level references are checked once here so that lookups need no checks.
  for (size_t i = 0; i < gazetteer.place_count_; ++i) {
    const PlaceRecord& p = gazetteer.places_[i];
    const auto count = static_cast<int64_t>(gazetteer.place_count_);
    if (p.name >= gazetteer.string_bytes_ || p.admin1 >= count || p.admin2 >= count || p.capital >= count) {
      return Status::Error(name + ": gazetteer index is corrupt (place " + std::to_string(i) + " points outside)");
    }
  }
  gazetteer.mapping_ = std::move(mapping);
  return gazetteer;
}

std::string_view Gazetteer::String(uint32_t offset) const {
  if (static_cast<size_t>(offset) + 2 > string_bytes_) return {};
  uint16_t length = 0;
  std::memcpy(&length, strings_ + offset, sizeof length);
  if (static_cast<size_t>(offset) + 2 + length > string_bytes_) return {};
  return std::string_view(strings_ + offset + 2, length);
}

NameLookup Gazetteer::Find(std::string_view key) const {
  NameLookup result;
  if (bucket_count_ == 0 || key.empty()) return result;
  const uint32_t hash = fmt::KeyHash(key.data(), key.size());
  size_t slot = hash & (bucket_count_ - 1);
  for (size_t probes = 0; probes < bucket_count_; ++probes, slot = (slot + 1) & (bucket_count_ - 1)) {
    const fmt::NameBucket& bucket = buckets_[slot];
    if (bucket.hash == 0) return result;
    if (bucket.hash != hash || String(bucket.key) != key) continue;
    result.flags = bucket.flags;
    if ((bucket.flags & fmt::kHasPlaces) != 0 && bucket.postings < posting_count_) {
      const uint32_t count = postings_[bucket.postings];
      if (count <= posting_count_ - bucket.postings - 1) {
        result.postings = std::span<const uint32_t>(postings_ + bucket.postings + 1, count);
      }
    }
    return result;
  }
  return result;
}

std::vector<std::string> Gazetteer::LowercaseNameStarts() const {
  std::vector<std::string> starts;
  if (mapping_ == nullptr) return starts;
  starts.reserve(mapping_->lowercase_buckets.size());
  for (uint32_t i : mapping_->lowercase_buckets) {
    std::string_view key = String(buckets_[i].key);
    starts.emplace_back(key.substr(0, key.find(' ')));
  }
  return starts;
}

const fmt::CountryRecord* Gazetteer::FindCountry(const char code[2]) const {
  size_t lo = 0, hi = country_count_;
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    const int cmp = std::memcmp(countries_[mid].code, code, 2);
    if (cmp == 0) return &countries_[mid];
    if (cmp < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return nullptr;
}

std::string_view Gazetteer::CountryName(const char code[2]) const {
  const auto* country = FindCountry(code);
  return country ? String(country->name_en) : std::string_view();
}

uint16_t Gazetteer::CountryNumeric(const char code[2]) const {
  const auto* country = FindCountry(code);
  return country ? country->iso_numeric : 0;
}

int32_t Gazetteer::CountryPlace(const char code[2]) const {
  const auto* country = FindCountry(code);
  return country && country->place < static_cast<int64_t>(place_count_) ? country->place : -1;
}

int64_t Gazetteer::built_at() const {
  fmt::Header header;
  std::memcpy(&header, mapping_->data, sizeof header);
  return header.built_at;
}

GazetteerSources Gazetteer::Sources() const {
  std::vector<GazetteerSources::File> files;
  for (size_t i = 0; i < source_count_; ++i) {
    files.push_back({std::filesystem::path(std::string(String(sources_[i].path))), sources_[i].role});
  }
  return GazetteerSources::FromFiles(files);
}

std::vector<std::string> Gazetteer::StaleInputs() const {
  std::vector<std::string> changed;
  for (size_t i = 0; i < source_count_; ++i) {
    const fmt::SourceRecord& source = sources_[i];
    const std::string path(String(source.path));
    std::error_code ec;
    const bool folder = std::filesystem::is_directory(path, ec);
    const auto size = folder ? 0 : std::filesystem::file_size(path, ec);
    if (ec) continue;  // gone: nothing to rebuild from
    if (source.size == UINT64_MAX) {
      changed.push_back(path + " appeared");
      continue;
    }
    const auto mtime = std::filesystem::last_write_time(path, ec);
    const int64_t mtime_ns =
        ec ? 0 : std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
    if (size != source.size || mtime_ns != source.mtime_ns) changed.push_back(path + " changed");
  }
  return changed;
}

Result<Gazetteer> Gazetteer::OpenOrBuild(const std::filesystem::path& index, const GazetteerSources& sources,
                                         const std::function<void(const std::string&)>& note) {
  GazetteerSources inputs = sources;
  std::string reason;
  std::error_code ec;
  if (!std::filesystem::exists(index, ec)) {
    reason = "building the gazetteer index " + index.string() + " (it does not exist yet)";
  } else {
    auto opened = Open(index);
    if (opened.ok()) {
      // Built from another data/places/ than the one asked for (--data): not this index.
      const auto built_from = opened->Sources().places_dir;
      const bool other_places = !built_from.empty() && !sources.places_dir.empty() &&
                                std::filesystem::weakly_canonical(built_from, ec) !=
                                    std::filesystem::weakly_canonical(sources.places_dir, ec);
      std::vector<std::string> stale = opened->StaleInputs();
      if (stale.empty() && !other_places) return opened;
      if (other_places) {
        reason = "rebuilding the gazetteer index " + index.string() + " from " + sources.places_dir.string() +
                 " (it was built from " + built_from.string() + ")";
      } else {
        inputs = opened->Sources();
        reason = "rebuilding the stale gazetteer index " + index.string() + ": " + stale.front();
        if (stale.size() > 1) reason += " (and " + std::to_string(stale.size() - 1) + " more)";
      }
    } else {
      reason = opened.status().message() + "; rebuilding it";
    }
  }
  if (inputs.geonames.empty() || !std::filesystem::exists(inputs.geonames.front(), ec)) {
    std::string missing = inputs.geonames.empty() ? "no GeoNames file" : inputs.geonames.front().string() + " is missing";
    return Status::Error(reason + " failed: " + missing + " (run `make build`, or `vigie gazetteer build --geonames FILE`)");
  }
  note(reason);
  std::vector<DataProblem> problems;
  auto built = BuildGazetteer(inputs, index, &problems);
  for (const DataProblem& problem : problems) note(problem.ToString());
  if (!built.ok()) return built.status();
  return Open(index);
}

}  // namespace vigie
