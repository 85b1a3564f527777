#include "cli/json_output.h"

namespace vigie {

void WriteJsonLine(const nlohmann::ordered_json& value, FILE* out) {
  std::string line = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line.push_back('\n');
  fwrite(line.data(), 1, line.size(), out);
}

}  // namespace vigie
