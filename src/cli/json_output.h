// JSON Lines output of the CLI: one compact object per line, UTF-8 as is.
#pragma once

#include <cstdio>
#include <nlohmann/json.hpp>

namespace vigie {

// Writes `value` and a newline to `out`. Invalid UTF-8 (never expected here) is replaced.
void WriteJsonLine(const nlohmann::ordered_json& value, FILE* out);

}  // namespace vigie
