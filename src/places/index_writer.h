// Writing the gazetteer index (gazetteer_format.h): places, a string pool, the name hash
// table with its posting lists, countries and inputs, checksummed and moved into place
// atomically. Used by the gazetteer build only.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "places/gazetteer_format.h"

namespace vigie {

// The places a lookup key names, and what else is known of the key (BucketFlag bits).
struct IndexKeyEntry {
  std::vector<uint32_t> postings;  // place << kMatchBits | kind
  uint32_t flags = 0;
};

// Accumulates records, strings and names, then writes the file.
class IndexWriter {
 public:
  // The offset of `s` in the string pool, adding it once (strings are stored with a
  // 16-bit length; longer ones are cut on a character boundary).
  uint32_t AddString(std::string_view s);
  // Files `place` under the key of `name` with `kind`, marks the key's prefixes and flags.
  void AddName(uint32_t place, std::string_view name, gazetteer_format::MatchKind kind);
  // Flags an existing place key as also a common word.
  void MarkCommonWord(const std::string& key);

  size_t KeyCount() const { return keys_.size(); }
  std::vector<gazetteer_format::PlaceRecord>& places() { return places_; }
  std::vector<gazetteer_format::CountryRecord>& countries() { return countries_; }
  std::vector<gazetteer_format::SourceRecord>& sources() { return sources_; }
  const std::unordered_map<std::string, IndexKeyEntry>& keys() const { return keys_; }

  // Writes the index to `out` (a temporary file beside it, then a rename); sets its size.
  Status Write(const std::filesystem::path& out, uint64_t* file_bytes);

 private:
  std::vector<gazetteer_format::PlaceRecord> places_;
  std::vector<gazetteer_format::CountryRecord> countries_;
  std::vector<gazetteer_format::SourceRecord> sources_;
  std::string strings_;
  std::unordered_map<std::string, uint32_t> string_offsets_;
  std::unordered_map<std::string, IndexKeyEntry> keys_;
};

}  // namespace vigie
