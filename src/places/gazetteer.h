// The gazetteer: the compiled index (gazetteer_format.h), memory-mapped read-only. Opening
// costs a checksum pass over the file and no parsing; lookups are one hash probe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "places/gazetteer_builder.h"
#include "places/gazetteer_format.h"

namespace vigie {

// The places a key names, with what else is known of the key.
struct NameLookup {
  uint32_t flags = 0;                 // gazetteer_format::BucketFlag bits
  std::span<const uint32_t> postings; // place index << kMatchBits | MatchKind, most populous first
  bool names_places() const { return (flags & gazetteer_format::kHasPlaces) != 0; }
  bool is_prefix() const { return (flags & gazetteer_format::kIsPrefix) != 0; }
};

// Immutable once open; one gazetteer may serve many threads. Cheap to copy (shares the map).
class Gazetteer {
 public:
  using PlaceRecord = gazetteer_format::PlaceRecord;

  // Maps `index`. Fails with a message naming the file when it is missing, truncated, of
  // another version or corrupt (checksum or section bounds).
  static Result<Gazetteer> Open(const std::filesystem::path& index);

  // Opens `index`, first building it from `sources` when it does not exist, and rebuilding
  // it when it is stale (an input changed since the build), unreadable, or built from
  // another data/places/ folder than `sources` names, whenever the inputs are at hand. Each such step is told through `note` ("rebuilding ...: data/places/aliases.tsv
  // changed"). Bad input lines met while building are passed to `note` as well.
  static Result<Gazetteer> OpenOrBuild(const std::filesystem::path& index, const GazetteerSources& sources,
                                       const std::function<void(const std::string&)>& note);

  // The inputs recorded at build time that have changed since (size or time), as
  // "path changed" / "path appeared"; empty when the index is current. Inputs that have
  // disappeared are not listed: the index is then all there is.
  std::vector<std::string> StaleInputs() const;
  // The inputs the index was built from.
  GazetteerSources Sources() const;

  // The places named by `key` (a PlaceKey); nothing when the key is unknown.
  NameLookup Find(std::string_view key) const;

  // The first words of the names written lower case at their start ("lac" of "lac
  // Tchad") and the nationality words ("maliens"): the only lower-case words a recogniser
  // needs to look up. Scans the table.
  std::vector<std::string> LowercaseNameStarts() const;

  size_t size() const { return place_count_; }
  // REQUIRES: index < size().
  const PlaceRecord& Place(uint32_t index) const { return places_[index]; }
  std::string_view Name(const PlaceRecord& place) const { return String(place.name); }
  // The country's English name, or "" for an unknown code.
  std::string_view CountryName(const char code[2]) const;
  uint16_t CountryNumeric(const char code[2]) const;
  // The PlaceRecord index of a country, or -1.
  int32_t CountryPlace(const char code[2]) const;
  const std::filesystem::path& path() const { return path_; }
  int64_t built_at() const;

 private:
  struct Mapping;
  const gazetteer_format::CountryRecord* FindCountry(const char code[2]) const;
  std::string_view String(uint32_t offset) const;

  std::shared_ptr<const Mapping> mapping_;
  std::filesystem::path path_;
  const PlaceRecord* places_ = nullptr;
  size_t place_count_ = 0;
  const char* strings_ = nullptr;
  size_t string_bytes_ = 0;
  const gazetteer_format::NameBucket* buckets_ = nullptr;
  size_t bucket_count_ = 0;
  const uint32_t* postings_ = nullptr;
  size_t posting_count_ = 0;
  const gazetteer_format::CountryRecord* countries_ = nullptr;
  size_t country_count_ = 0;
  const gazetteer_format::SourceRecord* sources_ = nullptr;
  size_t source_count_ = 0;
};

}  // namespace vigie
