#!/usr/bin/env bash
# The store commands against PostgreSQL (run under tests/store/with_postgres.sh, which
# starts a throwaway server and sets VIGIE_TEST_POSTGRES): two ingest processes at once
# store each document and each event once, and the database ends up as one SQLite run does.
# Usage: with_postgres.sh postgres_test.sh VIGIE_BINARY SOURCE_DIR
set -uo pipefail
vigie="$(realpath "$1")"
src="$2"
export VIGIE_DATA="$src/data"
pg="${VIGIE_TEST_POSTGRES:?run me under tests/store/with_postgres.sh}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/check.sh"
sql() { psql -qtA "$pg" -c "$1"; }

python3 "$src/bench/ingest/make-corpus.py" "$src/samples" 1500 5 > "$tmp/corpus.jsonl"
cat "$src/samples/incidents.jsonl" >> "$tmp/corpus.jsonl"
"$vigie" ingest -q --db "$tmp/one.db" "$tmp/corpus.jsonl"
check "single SQLite run exits 0" test $? -eq 0

# Two processes on the same documents at once.
"$vigie" ingest -q -j 1 --db "$pg" "$tmp/corpus.jsonl" 2> "$tmp/a.err" &
a=$!
"$vigie" ingest -q -j 1 --db "$pg" "$tmp/corpus.jsonl" 2> "$tmp/b.err" &
b=$!
wait $a; ra=$?
wait $b; rb=$?
check "first process exits 0" test "$ra" -eq 0
check "second process exits 0" test "$rb" -eq 0
cat "$tmp/a.err" "$tmp/b.err"
check "each document once" test "$(sql "select count(*) from documents")" = "$(sqlite3 "$tmp/one.db" "select count(*) from documents")"
check "no content hash twice" test "$(sql "select count(*) - count(distinct content_hash) from documents")" = "0"
check "each report once" test "$(sql "select count(*) from reports")" = "$(sqlite3 "$tmp/one.db" "select count(*) from reports")"
check "each event once" test "$(sql "select count(*) from events")" = "$(sqlite3 "$tmp/one.db" "select count(*) from events")"
check "the same evidence rows" test "$(sql "select count(*), count(distinct role), sum(\"end\" - start) from evidence" | tr '|' ' ')" \
  = "$(sqlite3 "$tmp/one.db" "select count(*), count(distinct role), sum(\"end\" - start) from evidence" | tr '|' ' ')"
same() { "$vigie" export --db "$1" --format jsonl 2>/dev/null | sed -E 's/"timestamp":[0-9]+//; s/"event_id_cnty":"[A-Z]+[0-9]+"//'; }
check "PostgreSQL holds what one SQLite run holds" cmp -s <(same "$pg") <(same "$tmp/one.db")

# Export filters and the merge log on PostgreSQL.
"$vigie" export --db "$pg" --format geojson --country Niger --bbox 0,11,16,24 -o "$tmp/niger.geojson" 2>/dev/null
check "geojson from PostgreSQL" python3 -c "
import json,sys; f=json.load(open(sys.argv[1]))['features']
assert f and all(x['properties']['country']=='Niger' for x in f)
assert all(0<=x['geometry']['coordinates'][0]<=16 and 11<=x['geometry']['coordinates'][1]<=24 for x in f)" "$tmp/niger.geojson"
merge_id=$("$vigie" merges --db "$pg" --limit 0 | grep -E "^ +[0-9]+ .* merge " | head -1 | awk '{print $1}')
events=$(sql "select count(*) from events")
"$vigie" merges --db "$pg" --undo "$merge_id" 2>/dev/null
check "undo on PostgreSQL" test "$(sql "select count(*) from events")" -eq $((events + 1))
"$vigie" ingest --db "postgresql://nobody:secret@127.0.0.1:1/none" "$src/samples/text" > /dev/null 2> "$tmp/down.err"
check "unreachable server exits 2" test $? -eq 2
check "unreachable server named, password hidden" grep -q "postgresql://nobody:\*\*\*@127.0.0.1:1/none" "$tmp/down.err"

finish
