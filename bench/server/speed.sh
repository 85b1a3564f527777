#!/usr/bin/env bash
# Throughput and latency of the JSON API (DESIGN.md section 6: ≥ 5,000 requests/s for an event
# query on 2 cores, p99 ≤ 50 ms): ingests the sample reports and a synthetic corpus into a
# scratch database, starts `vigie serve` on 127.0.0.1, and loads it with wrk (a separate
# process on the same machine, so the two share the cores). Prints a markdown table.
# Usage: bench/server/speed.sh [BUILD_DIR]   Environment: DOCS (default 20000), SECONDS_PER_RUN (10)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
docs=${DOCS:-20000}
duration=${SECONDS_PER_RUN:-10}
command -v wrk >/dev/null || { echo "server/speed.sh: wrk is needed (scripts/install-deps.sh --bench)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigie-serve-speed.XXXXXX")
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
python3 "$root/bench/ingest/make-corpus.py" "$root/samples" "$docs" > "$tmp/corpus.jsonl"
"$build/vigie" ingest -q --db "$tmp/api.db" "$root/samples" "$tmp/corpus.jsonl" || true
events=$(sqlite3 "$tmp/api.db" "select count(*) from events")
"$build/vigie" serve --db "$tmp/api.db" --listen 127.0.0.1:0 2> "$tmp/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q "on http://" "$tmp/serve.err" && break; sleep 0.05; done
api=$(grep -o "http://127.0.0.1:[0-9]*" "$tmp/serve.err" | head -1)
echo "| request ($events events in the database) | requests/s | p50 | p99 |"
echo "|---|---:|---:|---:|"
for path in "/api/events?country=Mali&since=2020-01-01&limit=20" "/api/events?bbox=-6,12,2,16&limit=20" \
            "/api/counts?by=week&country=Niger" "/api/events/ML1" "/api/points?country=Niger"; do
  wrk -t2 -c32 -d"${duration}s" --latency "$api$path" > "$tmp/wrk.out"
  rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$tmp/wrk.out")
  p50=$(awk '$1 == "50%" {print $2}' "$tmp/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$tmp/wrk.out")
  errors=$(grep -c "Non-2xx" "$tmp/wrk.out" || true)
  echo "| \`GET $path\`$( [ "$errors" != 0 ] && echo ' (non-2xx answers!)') | $rps | $p50 | $p99 |"
done
