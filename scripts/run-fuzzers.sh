#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time. Usage: run-fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail
build="$1"
seconds="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
export VIGIE_DATA="$root/data"
for target in fuzz_extractor fuzz_sentence_splitter; do
  corpus=$(mktemp -d)
  # Seed with the sample documents so the fuzzer starts from real pages.
  find "$root/samples" -type f \( -name '*.html' -o -name '*.txt' \) -exec cp {} "$corpus/" \; 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s"
  "$build/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=0 \
    "$corpus" 2>&1 | tail -n 3
  status=${PIPESTATUS[0]}
  rm -rf "$corpus"
  if [[ $status -ne 0 ]]; then echo "fuzz: $target FAILED"; exit 1; fi
done
echo "fuzz: all targets ran clean"
