#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time. Usage: run-fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail
build="$1"
seconds="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
export VIGIE_DATA="$root/data"
export VIGIE_GAZETTEER="$build/gazetteer/places.idx"
for target in fuzz_extractor fuzz_sentence_splitter fuzz_gazetteer_index fuzz_geoparser fuzz_event_coder; do
  corpus=$(mktemp -d)
  # Seed with the sample documents so the fuzzer starts from real pages (the index fuzzer
  # starts from nothing: its input is a file header and sections).
  if [[ $target != fuzz_gazetteer_index ]]; then
    find "$root/samples" -type f \( -name '*.html' -o -name '*.txt' \) -exec cp {} "$corpus/" \; 2>/dev/null || true
  fi
  echo "fuzz: $target for ${seconds}s"
  max_len=65536
  [[ $target == fuzz_gazetteer_index ]] && max_len=8192
  "$build/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -print_final_stats=0 \
    "$corpus" 2>&1 | tail -n 3
  status=${PIPESTATUS[0]}
  rm -rf "$corpus"
  if [[ $status -ne 0 ]]; then echo "fuzz: $target FAILED"; exit 1; fi
done
echo "fuzz: all targets ran clean"
