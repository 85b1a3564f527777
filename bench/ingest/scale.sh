#!/usr/bin/env bash
# Ingest at scale (docs/PERFORMANCE.md, "Store and ingest"): `vigie ingest -j1` of a
# synthetic corpus of DOCS documents (bench/ingest/make-corpus.py, ~1.2 KB each) into a new
# SQLite database, sampled every INTERVAL seconds: documents stored, CPU seconds, documents
# per CPU-second since the last sample, anonymous and file-backed resident memory, size of
# the database. ORDER=random (default) writes the corpus as make-corpus.py draws it, dated at
# random over ten years: every document may join any event, the worst case for the writer's
# memory of recent events. ORDER=time sorts it by publication date, as a news stream comes.
# Prints a markdown table on standard output; the corpus and database are in a temporary
# folder, removed at the end (KEEP=DIR keeps them there instead).
# Usage: bench/ingest/scale.sh [BUILD_DIR]
# Environment: DOCS (default 1000000), INTERVAL (default 30), ORDER (random or time).
# Needs python3, sqlite3 and GNU time (/usr/bin/time); ~1.2 GB of corpus and ~6 GB of database
# at a million documents.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
vigie="$build/vigie"
docs=${DOCS:-1000000}
interval=${INTERVAL:-30}
order=${ORDER:-random}
case "$order" in random | time) ;; *) echo "scale.sh: ORDER is random or time, not '$order'" >&2; exit 2 ;; esac
for tool in python3 sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "scale.sh: $tool is needed" >&2; exit 2; }
done
[ -x "$vigie" ] || { echo "scale.sh: $vigie not found; build it first" >&2; exit 2; }

if [ -n "${KEEP:-}" ]; then
  tmp="$KEEP"
  mkdir -p "$tmp"
else
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigie-ingest-scale.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
fi
trap 'kill "$pid" 2>/dev/null; exit 130' INT TERM

echo "scale.sh: writing $docs documents ($order order)" >&2
python3 "$root/bench/ingest/make-corpus.py" "$root/samples" "$docs" > "$tmp/corpus.jsonl"
if [ "$order" = time ]; then
  python3 - "$tmp/corpus.jsonl" <<'PY'
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    lines = f.readlines()
lines.sort(key=lambda line: json.loads(line)["published"])  # stable: ties keep their order
with open(path, "w", encoding="utf-8") as f:
    f.writelines(lines)
PY
fi

db="$tmp/scale.db"
rm -f "$db" "$db-wal" "$db-shm"
/usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$vigie" ingest -j1 --db "$db" "$tmp/corpus.jsonl" \
  > /dev/null 2> "$tmp/summary" &
timer=$!
pid=""
for _ in $(seq 50); do  # the ingest process under /usr/bin/time
  pid=$(pgrep -f -n "^$vigie ingest -j1 --db $db") && break
  sleep 0.1
done
[ -n "$pid" ] || { echo "scale.sh: the ingest did not start" >&2; cat "$tmp/summary" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
echo "| seconds | documents | CPU s | docs per CPU-s since last row | RssAnon MB | RssFile MB | database GB |"
echo "|---|---|---|---|---|---|---|"
last_docs=0
last_cpu=0
start=$(date +%s)
while sleep "$interval" && kill -0 "$pid" 2>/dev/null; do
  cpu=$(awk -v t="$ticks" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat" 2>/dev/null) || break
  anon=$(awk '/^RssAnon/ {printf "%d", $2 / 1024}' "/proc/$pid/status" 2>/dev/null) || break
  file=$(awk '/^RssFile/ {printf "%d", $2 / 1024}' "/proc/$pid/status" 2>/dev/null) || break
  stored=$(sqlite3 -readonly "$db" "SELECT coalesce(max(id), 0) FROM documents" 2>/dev/null || echo "$last_docs")
  rate=$(awk -v d=$((stored - last_docs)) -v c="$cpu" -v l="$last_cpu" 'BEGIN {printf "%d", (c > l) ? d / (c - l) : 0}')
  size=$(awk -v b="$(stat -c %s "$db")" 'BEGIN {printf "%.2f", b / 1e9}')
  echo "| $(($(date +%s) - start)) | $stored | $cpu | $rate | $anon | $file | $size |"
  last_docs=$stored
  last_cpu=$cpu
done
wait "$timer" || { echo "scale.sh: the ingest failed" >&2; cat "$tmp/summary" >&2; exit 1; }
read -r wall user sys peak < "$tmp/time"
echo
echo "Whole run: $wall s wall, $user s user + $sys s sys, peak resident memory $((peak / 1024)) MB."
sed 's/^/    /' "$tmp/summary"
