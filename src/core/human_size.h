// Sizes in messages: "47.7 MiB" from a mebibyte on, "512 bytes" below.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace vigie {

inline std::string HumanSize(uint64_t bytes) {
  char buffer[32];
  if (bytes >= (uint64_t{1} << 20)) {
    std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  } else {
    std::snprintf(buffer, sizeof buffer, "%llu bytes", static_cast<unsigned long long>(bytes));
  }
  return buffer;
}

}  // namespace vigie
