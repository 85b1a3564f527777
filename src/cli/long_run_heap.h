// The allocator's settings for the commands that run for hours (ingest, serve).
#pragma once

namespace vigie {

// When the program runs on tcmalloc (CMake's VIGIE_TCMALLOC, the default): freed pages go
// back to the system at once, and the threads' caches hold 8 MiB together instead of 32. A
// long ingest frees records of every size as events grow: with tcmalloc's defaults, over a
// million documents in random order, the memory in use stayed at 145-149 MB while the heap
// kept the freed pages and grew 131 -> 288 MB; with these settings resident memory stays
// at 195-220 MB from 300,000 documents on, for ~3% more CPU (docs/PERFORMANCE.md). Does
// nothing under another allocator.
void KeepLongRunHeapSmall();

}  // namespace vigie
