// The on-disk layout of the compiled gazetteer index (places.idx), shared by the builder
// that writes it and the reader that memory-maps it. Little-endian, 4-byte aligned; every
// section is an array of one of the records below. Bump kVersion on any change.
#pragma once

#include <cstdint>

namespace vigie::gazetteer_format {

inline constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'E', 'G', 'Z', '\0'};
inline constexpr uint32_t kVersion = 1;

struct Section {
  uint64_t offset = 0;  // from the start of the file
  uint64_t count = 0;   // number of records (bytes for the string pool)
};

struct Header {
  char magic[8];
  uint32_t version = kVersion;
  uint32_t header_bytes = sizeof(Header);
  uint64_t file_bytes = 0;
  uint64_t body_checksum = 0;  // XXH3-64 of every byte after the header
  int64_t built_at = 0;        // seconds since the epoch
  Section places;              // PlaceRecord
  Section strings;             // bytes: each string is a uint16 length and its bytes
  Section buckets;             // NameBucket, a power of two of them (open addressing)
  Section postings;            // uint32: a count, then that many Posting words
  Section countries;           // CountryRecord, sorted by code
  Section sources;             // SourceRecord: the inputs, to tell when the index is stale
};

// One place: a GeoNames feature, an administrative unit, a country or one of our own
// additions from data/places/.
struct PlaceRecord {
  uint32_t geonameid = 0;  // 0 when the place has none (units made from admin1.json)
  float latitude = 0;
  float longitude = 0;
  uint32_t population = 0;
  uint32_t name = 0;       // string offset
  int32_t admin1 = -1;     // index of the containing first-level unit, -1 if unknown
  int32_t admin2 = -1;     // index of the containing second-level unit
  int32_t capital = -1;    // for units and countries: index of the seat town
  char country[2] = {' ', ' '};
  char feature_class = 'P';
  uint8_t precision = 1;   // ACLED geo_precision when a mention resolves here: 1, 2 or 3
  char feature_code[8] = {};
};

// How a name is attached to a place; the low bits of a Posting.
enum MatchKind : uint32_t {
  kMatchName = 0,       // the place's main name
  kMatchAsciiName = 1,  // GeoNames' ASCII spelling
  kMatchAlternate = 2,  // one of GeoNames' alternate names
  kMatchAlias = 3,      // our own alias (data/places/)
  kMatchShortName = 4,  // a unit's name without its designator ("Soum" for "Province du Soum")
  kMatchDemonym = 5,    // a nationality word: context only, never a mention
};
inline constexpr uint32_t kMatchBits = 3;
inline constexpr uint32_t kMatchMask = (1u << kMatchBits) - 1;

enum BucketFlag : uint32_t {
  kHasPlaces = 1u << 0,      // the key names places (a posting list follows)
  kIsPrefix = 1u << 1,       // some longer key starts with this key and a space
  kLowercaseOk = 1u << 2,    // the name is written lower case at its start ("lac Tchad")
  kCommonWord = 1u << 3,     // the key is also a common word of a word list
  kHasDemonym = 1u << 4,     // the postings include nationality words
};

struct NameBucket {
  uint32_t hash = 0;      // 0 marks an empty bucket (real hashes are never 0)
  uint32_t key = 0;       // string offset
  uint32_t postings = 0;  // index into the postings section
  uint32_t flags = 0;
};

struct CountryRecord {
  char code[2] = {' ', ' '};
  uint16_t iso_numeric = 0;
  uint32_t name_en = 0;  // string offsets
  uint32_t name_fr = 0;
  int32_t place = -1;    // the country's own PlaceRecord
};

struct SourceRecord {
  uint32_t path = 0;  // string offset
  uint32_t role = 0;  // what the file is to the build (GazetteerSources::File::role)
  uint64_t size = 0;  // UINT64_MAX when the (optional) file was missing
  int64_t mtime_ns = 0;
};

// The key hash: FNV-1a 32, never 0.
inline uint32_t KeyHash(const char* data, uint64_t size) {
  uint32_t h = 2166136261u;
  for (uint64_t i = 0; i < size; ++i) {
    h ^= static_cast<unsigned char>(data[i]);
    h *= 16777619u;
  }
  return h == 0 ? 1 : h;
}

}  // namespace vigie::gazetteer_format
