// Fuzzes opening a gazetteer index: any bytes, with the header's size and checksum made
// to match so that the section and reference checks behind them are reached. Open must
// refuse what is inconsistent, and whatever it accepts must be safe to read whole.
#include <unistd.h>
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "places/gazetteer.h"
#include "places/gazetteer_format.h"
#include "places/place_key.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace fmt = vigie::gazetteer_format;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.size() >= sizeof(fmt::Header)) {
    fmt::Header header;
    std::memcpy(&header, bytes.data(), sizeof header);
    std::memcpy(header.magic, fmt::kMagic, sizeof header.magic);
    header.version = fmt::kVersion;
    header.header_bytes = sizeof(fmt::Header);
    header.file_bytes = bytes.size();
    header.body_checksum = XXH3_64bits(bytes.data() + sizeof header, bytes.size() - sizeof header);
    std::memcpy(bytes.data(), &header, sizeof header);
  }
  static const std::string path = "/tmp/vigie-fuzz-index-" + std::to_string(::getpid()) + ".idx";
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return 0;
  std::fwrite(bytes.data(), 1, bytes.size(), file);
  std::fclose(file);
  auto gazetteer = vigie::Gazetteer::Open(path);
  if (!gazetteer.ok()) return 0;
  size_t sum = 0;
  for (uint32_t i = 0; i < gazetteer->size(); ++i) {
    const auto& place = gazetteer->Place(i);
    sum += gazetteer->Name(place).size() + gazetteer->CountryName(place.country).size();
  }
  for (const char* name : {"Bamako", "Gao", "a", "Fada N'Gourma"}) {
    for (uint32_t posting : gazetteer->Find(vigie::PlaceKey(name)).postings) {
      sum += gazetteer->Name(gazetteer->Place(posting >> fmt::kMatchBits)).size();
    }
  }
  sum += gazetteer->LowercaseNameStarts().size() + gazetteer->Sources().geonames.size();
  return sum == SIZE_MAX ? 1 : 0;
}
