#!/usr/bin/env bash
# Store and ingest budgets (docs/PERFORMANCE.md, "Store and ingest"). Prints a markdown table
# on standard output, progress on standard error; every file goes to a temporary folder that
# is removed at the end.
#   (a) `vigie ingest -q` into a new SQLite database, -j1 and -j2, over two synthetic corpora
#       (bench/ingest/make-corpus.py: 5,000 documents of ~1.2 KB, and 5,000 of 3-5 KB), next
#       to `vigie code -q` on the same corpus (coding alone, no store); median of RUNS runs.
#   (b) the same corpus ingested again into the same database (every document a duplicate).
#   (c) the WARC reader alone, plain and per-record gzip (build/bench/warc_bench).
#   (d) `vigie export` of 1,000,000 events: ~1,000 ingested events copied with SQL.
#   (e) resident memory sampled every second over an ingest of LONG_DOCS documents, -j2.
# Usage: bench/ingest/speed.sh [BUILD_DIR]
# Environment: RUNS (default 3), LONG_DOCS (default 100000), EXPORT_EVENTS (default 1000000).
# Needs python3, sqlite3 and GNU time (/usr/bin/time).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
vigie="$build/vigie"
warc_bench="$build/bench/warc_bench"
runs=${RUNS:-3}
long_docs=${LONG_DOCS:-100000}
export_events=${EXPORT_EVENTS:-1000000}
for tool in python3 sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "speed.sh: $tool is needed" >&2; exit 2; }
done
[ -x "$vigie" ] || { echo "speed.sh: $vigie not found; build it first" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigie-ingest-speed.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
log() { printf 'speed.sh: %s\n' "$*" >&2; }
# 1234567 -> 1,234,567 (rounded)
int() { printf '%.0f' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
row() { printf '| %s | %s | %s | %s |\n' "$@" >>"$tmp/table"; }

# Runs a command under GNU time; sets wall, cpu (user + sys) and rss (MB).
timed() {
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@"
  read -r wall user sys rss_kb <"$tmp/time"
  cpu=$(calc "$user + $sys")
  rss=$((rss_kb / 1024))
}

# Runs `$@` RUNS times, calling `prepare` first each time; keeps the run of median wall time.
median_of_runs() {
  local prepare=$1
  shift
  : >"$tmp/runs"
  for _ in $(seq "$runs"); do
    $prepare
    timed "$@"
    echo "$wall $cpu $rss" >>"$tmp/runs"
  done
  read -r wall cpu rss < <(sort -n "$tmp/runs" | awk -v n="$runs" 'NR == int((n + 1) / 2)')
}
fresh_db() { rm -f "$tmp/ingest.db" "$tmp/ingest.db-wal" "$tmp/ingest.db-shm"; }
nothing() { :; }

: >"$tmp/table"
log "corpora"
python3 "$root/bench/ingest/make-corpus.py" "$root/samples" 5000 >"$tmp/short.jsonl"
python3 "$root/bench/ingest/make-corpus.py" "$root/samples" 5000 7 10 16 >"$tmp/long.jsonl"

# (a) and (b)
for corpus in short long; do
  file=$tmp/$corpus.jsonl
  docs=$(wc -l <"$file")
  kb=$(calc "$(wc -c <"$file") / $docs / 1000" 1)
  name="corpus-$corpus.jsonl"
  log "$corpus corpus ($docs documents, $kb KB each): vigie code"
  # shellcheck disable=SC2016 # expanded by the inner sh
  median_of_runs nothing sh -c '"$1" code -q "$2" >/dev/null' sh "$vigie" "$file"
  code_cpu=$cpu
  row "Coding alone (no store), $(int "$docs") docs of $kb KB, one thread" \
    "$(int "$(calc "$docs / $wall")") docs/s ($wall s wall, $cpu s CPU, $rss MB)" "—" \
    "\`vigie code -q $name >/dev/null\`"
  for jobs in 1 2; do
    log "$corpus corpus: vigie ingest -j$jobs"
    median_of_runs fresh_db "$vigie" ingest -q -j"$jobs" --db "$tmp/ingest.db" "$file"
    store=$(calc "100 * ($cpu - $code_cpu) / $cpu" 0)
    row "Ingest into a new SQLite db, -j$jobs, $(int "$docs") docs of $kb KB" \
      "$(int "$(calc "$docs / $wall")") docs/s wall, $(int "$(calc "$docs / $cpu")") docs per CPU-s ($wall s wall, $cpu s CPU, $rss MB; ${store}% of the CPU beyond coding)" \
      "≥ 2,000 docs/s per core" "\`vigie ingest -q -j$jobs --db new.db $name\`"
  done
  events=$(sqlite3 "$tmp/ingest.db" 'SELECT count(*) FROM events')
  log "$corpus corpus: ingest again (all duplicates)"
  median_of_runs nothing "$vigie" ingest -q -j2 --db "$tmp/ingest.db" "$file"
  row "Ingest again into the same db ($(int "$events") events), every doc a duplicate, -j2" \
    "$(int "$(calc "$docs / $wall")") docs/s wall ($wall s wall, $cpu s CPU)" "—" \
    "\`vigie ingest -q -j2 --db same.db $name\` twice"
  fresh_db
done

# (c)
if [ -x "$warc_bench" ]; then
  log "WARC reader (writes ~400 MB in $tmp)"
  "$warc_bench" --dir "$tmp" --mb 200 --runs "$runs" >"$tmp/warc"
  while read -r line; do
    declare -A w=()
    for pair in $line; do w[${pair%%=*}]=${pair#*=}; done
    what="plain WARC"
    [ "${w[format]}" = gzip ] && what="WARC.gz, one gzip member per record ($(int "$(calc "${w[file_bytes]} / 1e6" 0)") MB file)"
    row "WARC reader alone, $what, $(int "${w[pages]}") HTML pages of 20–80 KB + requests, $(int "$(calc "${w[warc_bytes]} / 1e6" 0)") MB uncompressed, page cache warm" \
      "$(int "${w[mb_per_s]}") MB/s of WARC (median ${w[median_s]} s, range ${w[min_s]}–${w[max_s]})" "≥ 200 MB/s" \
      "\`$(basename "$build")/bench/warc_bench --mb 200 --runs $runs\`"
  done <"$tmp/warc"
else
  row "WARC reader alone" "n/a: $warc_bench missing (cmake --build $build --target warc_bench)" "≥ 200 MB/s" "—"
fi

# (d)
log "export: ingest ~1,000 events, copy them to $export_events"
db=$tmp/export.db
head -n 950 "$tmp/short.jsonl" >"$tmp/export.jsonl"
"$vigie" ingest -q -j2 --db "$db" "$tmp/export.jsonl"
base=$(sqlite3 "$db" 'SELECT count(*) FROM events')
columns=$(sqlite3 "$db" "SELECT group_concat(name, ', ') FROM pragma_table_info('events') WHERE name NOT IN ('id', 'event_id_cnty')")
# Copy k gets ids id + k * max(id), hence unique event_id_cnty values (prefix + id, as the
# store numbers them); the record JSON is kept as it is. Located copies get their R*Tree row.
sqlite3 "$db" >/dev/null <<SQL
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE base AS SELECT * FROM events;
CREATE TEMP TABLE step AS SELECT max(id) AS span, count(*) AS n FROM events;
WITH RECURSIVE copy(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM copy WHERE k <= $export_events / (SELECT n FROM step))
INSERT INTO events (id, event_id_cnty, $columns)
SELECT b.id + copy.k * (SELECT span FROM step), substr(b.event_id_cnty, 1, 2) || (b.id + copy.k * (SELECT span FROM step)),
       $columns
FROM copy, base AS b ORDER BY copy.k, b.id LIMIT $export_events - (SELECT n FROM step);
INSERT INTO events_location (id, min_lon, max_lon, min_lat, max_lat)
SELECT id, longitude, longitude, latitude, latitude FROM events
WHERE latitude IS NOT NULL AND id > (SELECT span FROM step);
COMMIT;
SQL
read -r total located < <(sqlite3 -separator ' ' "$db" 'SELECT count(*), (SELECT count(*) FROM events_location) FROM events')
db_mb=$(calc "$(stat -c %s "$db") / 1e6" 0)
log "export: $total events ($located located, $base distinct), $(int "$db_mb") MB"
cat "$db" >/dev/null  # the figures are for a warm page cache
export_row() {
  local label=$1
  shift
  timed "$vigie" export --db "$db" "$@" >/dev/null 2>"$tmp/export.log"
  local n
  n=$(sed -n 's/^vigie export: \([0-9]*\) events.*/\1/p' "$tmp/export.log")
  row "Export, $label, of $(int "$total") events ($(int "$db_mb") MB SQLite db, warm cache)" \
    "$wall s, $(int "$(calc "$n / $wall")") events/s ($(int "$n") events written, $cpu s CPU, $rss MB peak RSS)" \
    "1M events < 10 s" "\`vigie export --db 1m.db $* >/dev/null\`"
}
for format in csv jsonl geojson; do
  log "export --format $format"
  export_row "$format" --format "$format"
done
log "export, filtered"
export_row "CSV filtered by country and date" --format csv --country Mali --since 2018-01-01
rm -f "$db" "$db-wal" "$db-shm"

# (e)
log "memory: ingest $long_docs documents, -j2, RSS every second"
python3 "$root/bench/ingest/make-corpus.py" "$root/samples" "$long_docs" >"$tmp/many.jsonl"
/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$vigie" ingest -q -j2 --db "$tmp/many.db" "$tmp/many.jsonl" &
timer=$!
: >"$tmp/rss"
start=$(date +%s.%N)
while kill -0 "$timer" 2>/dev/null; do
  child=$(cat "/proc/$timer/task/$timer/children" 2>/dev/null || true)
  rss_now=
  if [ -n "$child" ]; then
    rss_now=$(awk '/^VmRSS:/ { print $2 }' "/proc/${child%% *}/status" 2>/dev/null || true)
  fi
  [ -n "$rss_now" ] && echo "$(calc "$(date +%s.%N) - $start" 1) $rss_now" >>"$tmp/rss"
  sleep 1
done
wait "$timer"
read -r wall user sys rss_kb <"$tmp/time"
cpu=$(calc "$user + $sys")
# RSS (MB) of the sample nearest 10% and 50% of the run, and of the last sample.
read -r at10 at50 last < <(awk -v t="$wall" '
  function near(f,  k, best) { best = 1; for (k = 1; k <= n; k++) if ((s[k] - f * t)^2 < (s[best] - f * t)^2) best = k; return best }
  { n++; s[n] = $1; r[n] = $2 }
  END { printf "%d %d %d\n", r[near(0.1)] / 1024, r[near(0.5)] / 1024, r[n] / 1024 }' "$tmp/rss")
samples=$(wc -l <"$tmp/rss")
log "RSS (MB) at 10%, 20%, ... 100% of the run: $(awk -v t="$wall" '{ n++; s[n] = $1; r[n] = $2 }
  END { for (d = 1; d <= 10; d++) { b = 1; for (k = 1; k <= n; k++) if ((s[k] - d * t / 10)^2 < (s[b] - d * t / 10)^2) b = k; printf "%d ", r[b] / 1024 } }' "$tmp/rss")"
read -r many_docs many_events largest_kb largest_reports < <(sqlite3 -separator ' ' "$tmp/many.db" \
  'SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), length(record) / 1000,
          (SELECT count(*) FROM reports WHERE event_id = e.id) FROM events AS e ORDER BY length(record) DESC LIMIT 1')
many_mb=$(calc "$(stat -c %s "$tmp/many.db") / 1e6" 0)
row "Resident memory over an ingest of $(int "$long_docs") docs of ~1.2 KB ($(int "$(calc "$(stat -c %s "$tmp/many.jsonl") / 1e6" 0)") MB of JSON Lines), -j2 ($samples samples, 1 s apart)" \
  "RSS $at10 MB at 10% of the run, $at50 MB at 50%, $last MB at the end; peak $((rss_kb / 1024)) MB" \
  "flat" "\`vigie ingest -q -j2 --db new.db corpus-$long_docs.jsonl\` + VmRSS"
row "Same run: ingest rate into a growing db (ends with $(int "$many_docs") docs, $(int "$many_events") events, $(int "$many_mb") MB; largest event record $(int "$largest_kb") KB, $largest_reports reports)" \
  "$(int "$(calc "$long_docs / $wall")") docs/s wall, $(int "$(calc "$long_docs / $cpu")") docs per CPU-s ($wall s wall, $cpu s CPU)" \
  "≥ 2,000 docs/s per core" "same"

echo "## Store and ingest"
echo
echo "Corpora from \`bench/ingest/make-corpus.py samples COUNT\` (~1.2 KB documents; \`corpus-short.jsonl\`, and"
echo "\`corpus-$long_docs.jsonl\` with COUNT $long_docs) and \`make-corpus.py samples 5000 7 10 16\` (3–5 KB;"
echo "\`corpus-long.jsonl\`). Timings by GNU time, whole process; CPU = user + sys; ingest and code"
echo "rows are the run of median wall time of $runs. Machine: $(nproc) CPUs, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1),"
echo "$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo) GiB; $(date +%F)."
echo
echo "| what | figure | budget | command |"
echo "|---|---|---:|---|"
cat "$tmp/table"
