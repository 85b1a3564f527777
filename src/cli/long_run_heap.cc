#include "cli/long_run_heap.h"

#include <cstddef>

// gperftools' C interface, declared weak: a build on another allocator (sanitizers, fuzzing,
// VIGIE_TCMALLOC=OFF) links without it, and the call is skipped. Debian ships the library
// without its -dev header.
extern "C" int MallocExtension_SetNumericProperty(const char* property, size_t value) __attribute__((weak));

namespace vigie {

void KeepLongRunHeapSmall() {
  if (MallocExtension_SetNumericProperty == nullptr) return;
  MallocExtension_SetNumericProperty("tcmalloc.aggressive_memory_decommit", 1);
  MallocExtension_SetNumericProperty("tcmalloc.max_total_thread_cache_bytes", size_t{8} << 20);
}

}  // namespace vigie
