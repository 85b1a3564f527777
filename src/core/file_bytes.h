// Reading a whole file into memory, for the inputs and the dashboard's files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/status.h"

namespace vigie {

// The bytes of the file at `path`, read to its end in blocks (a character-at-a-time copy
// through istreambuf_iterator cost 13% of `vigie extract`). `expected_size`, when known,
// reserves the room; the file may have changed since it was measured. Fails with "cannot
// open file" or "read error" (the caller names the file).
Result<std::string> ReadFileBytes(const std::filesystem::path& path, uintmax_t expected_size = 0);

}  // namespace vigie
