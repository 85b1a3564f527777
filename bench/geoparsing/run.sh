#!/usr/bin/env bash
# Geoparser quality (docs/QUALITY.md): LGL, TR-News and GeoVirus from ../shared/data (when
# present) and our French check set, whole and by split.
# Usage: bench/geoparsing/run.sh [BUILD_DIR] [extra geoparse_eval options, e.g. --by-feature]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
shift || true
eval_bin="$build/bench/geoparse_eval"
corpora="$root/../shared/data/geoparsing/gritta/Corpora"
if [[ -d "$corpora" ]]; then
  "$eval_bin" "$@" "$corpora/lgl.xml" "$corpora/TR-News.xml" "$corpora/GeoVirus.xml" "$root/eval/places/sahel-fr.jsonl"
else
  echo "($corpora is absent: the English corpora are skipped)"
  "$eval_bin" "$@" "$root/eval/places/sahel-fr.jsonl"
fi
for split in dev test; do
  "$eval_bin" --split "$split" "$root/eval/places/sahel-fr.jsonl" | tail -n 1
done
