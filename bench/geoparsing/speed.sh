#!/usr/bin/env bash
# Whole-process figures of the geoparser (docs/PERFORMANCE.md):
#   - start-up with the gazetteer from a cold page cache (the index evicted first) and warm;
#   - peak resident memory of `vigie places` over our French check set and, when
#     ../shared/data is there, LGL's 588 local news articles.
# Usage: bench/geoparsing/speed.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
vigie="$build/vigie"
index="$build/gazetteer/places.idx"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$vigie" gazetteer lookup Bamako > /dev/null  # builds the index if it is stale

evict() {  # drop the index's pages from the page cache (clean pages; no root needed)
  python3 -c "import os,sys; fd=os.open(sys.argv[1], os.O_RDONLY); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)" "$1"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for mode in cold warm; do
  : > "$tmp/times"
  for _ in 1 2 3 4 5 6 7; do
    [[ $mode == cold ]] && evict "$index"
    /usr/bin/time -f "%e %M" -o "$tmp/one" "$vigie" gazetteer lookup Bamako > /dev/null
    cat "$tmp/one" >> "$tmp/times"
  done
  printf "start-up, %s cache: %s s (median of 7), peak RSS %s MB\n" "$mode" \
    "$(cut -d' ' -f1 "$tmp/times" | median)" "$(( $(cut -d' ' -f2 "$tmp/times" | median) / 1024 ))"
done

python3 - "$root/eval/places/sahel-fr.jsonl" "$tmp/fr.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w") as out:
    for line in open(sys.argv[1]):
        d = json.loads(line)
        out.write(json.dumps({"id": d["doc"], "text": d["text"], "published": d["published"]}) + "\n")
PY
corpora=("$tmp/fr.jsonl")
lgl="$root/../shared/data/geoparsing/gritta/Corpora/lgl.xml"
if [[ -f "$lgl" ]]; then
  python3 - "$lgl" "$tmp/lgl.jsonl" <<'PY'
import json, sys, xml.etree.ElementTree as ET
with open(sys.argv[2], "w") as out:
    for i, a in enumerate(ET.parse(sys.argv[1]).getroot()):
        out.write(json.dumps({"id": "lgl-%d" % (i + 1), "text": a.findtext("text")}) + "\n")
PY
  corpora+=("$tmp/lgl.jsonl")
fi
for corpus in "${corpora[@]}"; do
  /usr/bin/time -f "%e %M" -o "$tmp/one" "$vigie" places -q "$corpus" > "$tmp/out.jsonl"
  read -r seconds rss < "$tmp/one"
  printf "vigie places %s: %s docs, %s mentions, %.2f MB of text, %s s, peak RSS %s MB\n" "$(basename "$corpus")" \
    "$(wc -l < "$corpus")" "$(wc -l < "$tmp/out.jsonl")" \
    "$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]))/1e6)" "$corpus")" \
    "$seconds" "$((rss / 1024))"
done
