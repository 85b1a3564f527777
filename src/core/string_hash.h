// A hash for std::string keys that also takes std::string_view, so that unordered
// containers are searched with a view and no temporary string (C++20 heterogeneous lookup:
// declare the container with std::equal_to<> as its key equality).
#pragma once

#include <functional>
#include <string_view>

namespace vigie {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view key) const { return std::hash<std::string_view>()(key); }
};

}  // namespace vigie
