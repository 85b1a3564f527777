#include "core/file_bytes.h"

#include <fstream>

namespace vigie {

Result<std::string> ReadFileBytes(const std::filesystem::path& path, uintmax_t expected_size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open file");
  std::string out;
  out.reserve(expected_size);
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) out.append(buffer, static_cast<size_t>(in.gcount()));
  if (in.bad()) return Status::Error("read error");
  return out;
}

}  // namespace vigie
