#!/usr/bin/env bash
# Command-line behaviour of the store commands: `vigie ingest` (idempotent, crash-safe, a
# full disk and a locked database), `vigie export` (formats, filters, bad options) and
# `vigie merges` (the log and undo).
# Usage: store_test.sh VIGIE_BINARY SOURCE_DIR
set -uo pipefail
vigie="$(realpath "$1")"
src="$2"
export VIGIE_DATA="$src/data"
unset VIGIE_DB
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/check.sh"
count() {  # count DB SQL
  sqlite3 "$1" "$2"
}

# Ingest the samples; a second run adds nothing.
db="$tmp/vigie.db"
"$vigie" ingest --db "$db" "$src/samples" > "$tmp/ingest.out" 2> "$tmp/ingest.err"
check "ingest exits 0" test $? -eq 0
check "summary counts documents" grep -qE "documents read +[0-9]+" "$tmp/ingest.err"
check "summary counts merges" grep -qE "reports merged into stored events +[1-9]" "$tmp/ingest.err"
check "the syndicated copy is recognised" grep -qE "near-duplicates \(added as sources\) +1$" "$tmp/ingest.err"
docs=$(count "$db" "select count(*) from documents")
events=$(count "$db" "select count(*) from events")
check "documents stored" test "$docs" -ge 50
check "fewer events than reports" test "$events" -lt "$(count "$db" "select count(*) from reports")"
check "outlets recorded as sources" test "$(count "$db" "select count(*) from sources where name is not null or site like '%.example'")" -ge 10
check "full-text search finds a town" test "$(count "$db" "select count(*) from documents_fts where documents_fts match 'Seytenga'")" -ge 2
"$vigie" ingest --db "$db" "$src/samples" 2> "$tmp/again.err"
check "re-ingest exits 0" test $? -eq 0
check "re-ingest stores nothing new" grep -qE "stored \(new\) +0$" "$tmp/again.err"
check "re-ingest keeps the counts" test "$(count "$db" "select count(*) from documents") $(count "$db" "select count(*) from events")" = "$docs $events"

# On a terminal, a progress line with a bar of the bytes read, cleared before the summary;
# not when standard error is a file (above).
script -qec "'$vigie' ingest --db '$tmp/tty.db' '$src/samples/text'" /dev/null > "$tmp/tty.out" 2>&1
check "ingest on a terminal exits 0" test $? -eq 0
check "progress bar on a terminal" grep -qE $'\r\e\\[K +\\[#+\\] 100% +4 read' "$tmp/tty.out"
check "no progress line in a file" test "$(grep -c $'\r' "$tmp/ingest.err")" -eq 0

# The default database is vigie.db in the working directory.
(cd "$tmp" && mkdir -p here && cd here && "$vigie" ingest -q "$src/samples/text" && test -s vigie.db)
check "default database is ./vigie.db" test $? -eq 0

# Export: ACLED's CSV columns, JSON Lines records, GeoJSON points; filters.
"$vigie" export --db "$db" --format csv > "$tmp/all.csv" 2> "$tmp/export.err"
check "export exits 0" test $? -eq 0
check "export says how many" grep -q "vigie export: $events events" "$tmp/export.err"
check "csv has ACLED's header, in ACLED's order" test "$(head -1 "$tmp/all.csv")" = "event_id_cnty,event_date,year,\
time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,\
interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,\
source_scale,notes,fatalities,tags,timestamp"
check "csv rows parse with 31 columns" python3 -c "
import csv,sys; rows=list(csv.reader(open(sys.argv[1])))
assert len(rows)-1 == int(sys.argv[2]) and all(len(r)==31 for r in rows), len(rows)" "$tmp/all.csv" "$events"
"$vigie" export --db "$db" --format jsonl --country niger > "$tmp/niger.jsonl" 2>/dev/null
check "country filter" python3 -c "
import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]
assert rows and all(r['country']=='Niger' for r in rows) and all(r['sources'] and r['evidence'] for r in rows)" "$tmp/niger.jsonl"
"$vigie" export --db "$db" --format geojson --since 2021-01-01 --until 2021-12-31 -o "$tmp/2021.geojson" 2>/dev/null
check "geojson with a time range" python3 -c "
import json,sys; d=json.load(open(sys.argv[1])); f=d['features']
assert d['type']=='FeatureCollection' and f
assert all(x['properties']['event_date'].startswith('2021') for x in f)
assert all(x['geometry'] is None or x['geometry']['type']=='Point' for x in f)" "$tmp/2021.geojson"
"$vigie" export --db "$db" --format jsonl --actor jnim --event-type Battles 2>/dev/null > "$tmp/jnim.jsonl"
check "actor and type filters" python3 -c "
import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]
assert rows and all(r['event_type']=='Battles' and 'JNIM' in (r['actor1']+str(r['actor2'])+str(r['assoc_actor_1'])+str(r['assoc_actor_2'])) for r in rows)" "$tmp/jnim.jsonl"
"$vigie" export --db "$db" --format jsonl --admin1 mopti 2>/dev/null > "$tmp/mopti.jsonl"
check "admin1 filter" python3 -c "
import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]
assert rows and all(r['admin1']=='Mopti' for r in rows), len(rows)" "$tmp/mopti.jsonl"
check "the database is in WAL mode" test "$(sqlite3 "$db" "pragma journal_mode")" = wal
"$vigie" export --db "$db" --format csv --since 2021-13-01 > /dev/null 2> "$tmp/bad-date.err"
check "bad date exits 2" test $? -eq 2
check "bad date explained" grep -q "is not a date like" "$tmp/bad-date.err"
"$vigie" export --db "$db" --format csv --bbox 1,2,3 > /dev/null 2> "$tmp/bad-box.err"
check "bad bbox exits 2" test $? -eq 2
"$vigie" export --db "$tmp/none.db" --format csv > /dev/null 2> "$tmp/none.err"
check "missing database exits 2" test $? -eq 2
check "missing database named" grep -q "none.db: no such database" "$tmp/none.err"
check "export does not create a database" test ! -e "$tmp/none.db"
"$vigie" export --db "$db" --format xml > /dev/null 2>&1
check "unknown format exits 2" test $? -eq 2

# WARC and WARC.gz through the command line (one gzip member per record, as Common Crawl
# writes them); a WARC.gz cut short keeps its records before the cut, and the summary names it.
python3 - "$tmp" <<'PY'
import gzip, sys
tmp = sys.argv[1]
pages = [
    ("https://warc-news.example/2019/12/11/inates",
     "<html><head><title>Dozens of soldiers killed in attack on Inates camp</title></head><body><article>"
     "<h1>Dozens of soldiers killed in attack on Inates camp</h1>"
     "<p>NIAMEY, Dec. 11 - Seventy-one Nigerien soldiers were killed when hundreds of militants stormed the army "
     "camp at Inates, in the Tillaberi region near the border with Mali, on Tuesday, the defence ministry said.</p>"
     "<p>The assailants shelled the camp with mortars before attacking it on motorbikes, and the fighting lasted "
     "about three hours. Several soldiers were still missing on Wednesday, according to the ministry.</p>"
     "<p>The Islamic State in the Greater Sahara said on Thursday that its fighters had carried out the attack, "
     "the deadliest on the army of Niger in years.</p></article></body></html>"),
    ("https://warc-news.example/2020/01/10/chinegodar",
     "<html><head><title>Army camp at Chinegodar attacked</title></head><body><article>"
     "<h1>Army camp at Chinegodar attacked</h1>"
     "<p>NIAMEY, Jan. 10 - Eighty-nine soldiers were killed on Thursday in an attack on the military camp of "
     "Chinegodar, in western Niger, the government said in a statement read on national television.</p>"
     "<p>The army said it had killed many of the attackers, who came in large numbers on motorcycles and "
     "vehicles. Three days of national mourning were declared.</p>"
     "<p>The camp lies a few kilometres from the border with Mali, in an area where jihadist groups have "
     "stepped up their attacks over the past year.</p></article></body></html>"),
]
def record(url, html):
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % (url, len(http)))
    return head.encode() + http + b"\r\n\r\n"
records = [record(url, html) for url, html in pages]
open(tmp + "/pages.warc", "wb").write(b"".join(records))
members = b"".join(gzip.compress(r) for r in records)
open(tmp + "/pages.warc.gz", "wb").write(members)
open(tmp + "/cut.warc.gz", "wb").write(members[: len(members) - 60])
PY
for input in pages.warc pages.warc.gz; do
  "$vigie" ingest --db "$tmp/$input.db" "$tmp/$input" 2> "$tmp/$input.err"
  check "$input: ingest exits 0" test $? -eq 0
  check "$input: both pages stored" grep -qE "stored \(new\) +2$" "$tmp/$input.err"
done
check "WARC pages give events" test "$(count "$tmp/pages.warc.gz.db" "select count(*) from events where country = 'Niger'")" -ge 2
"$vigie" ingest --db "$tmp/cut.db" "$tmp/cut.warc.gz" 2> "$tmp/cut.err"
check "cut WARC.gz exits 1" test $? -eq 1
check "cut WARC.gz: the page before the cut is stored" grep -qE "stored \(new\) +1$" "$tmp/cut.err"
check "cut WARC.gz counted in the summary" grep -qE "inputs not read, or read in part +1$" "$tmp/cut.err"
check "cut WARC.gz named in the summary" grep -qE "^ +.*cut\.warc\.gz" "$tmp/cut.err"

# The merge log, and undoing a merge.
"$vigie" merges --db "$db" --limit 0 > "$tmp/merges.out"
check "merge log lists merges" grep -qE "^ +[0-9]+ .* merge " "$tmp/merges.out"
merge_id=$(grep -E "^ +[0-9]+ .* merge " "$tmp/merges.out" | head -1 | awk '{print $1}')
"$vigie" merges --db "$db" --undo "$merge_id" 2> "$tmp/undo.err"
check "undo exits 0" test $? -eq 0
check "undo adds an event" test "$(count "$db" "select count(*) from events")" -eq $((events + 1))
check "undo logged" grep -qE "merge $merge_id undone" "$tmp/undo.err"
"$vigie" merges --db "$db" --undo "$merge_id" 2> "$tmp/undo2.err"
check "second undo refused" test $? -eq 1
check "second undo explained" grep -q "already undone" "$tmp/undo2.err"

# Accounts: Argon2id hashes, never a password on the command line.
echo "a long enough password" | "$vigie" user add --db "$db" --role admin --password-stdin awa 2> "$tmp/user.err"
check "user add exits 0" test $? -eq 0
check "password stored as Argon2id" test "$(count "$db" "select substr(password_hash, 1, 10) from users where name = 'awa'")" = '$argon2id$'
check "password not stored in clear" test "$(count "$db" "select count(*) from users where password_hash like '%long enough%'")" = "0"
echo "another long password" | "$vigie" user add --db "$db" --password-stdin awa 2> "$tmp/user-dup.err"
check "a taken name is refused" grep -q "exists already" "$tmp/user-dup.err"
echo "short" | "$vigie" user add --db "$db" --password-stdin bob 2> "$tmp/user-short.err"
check "a short password is refused" grep -q "at least 10 characters" "$tmp/user-short.err"
"$vigie" user add --db "$db" carla < /dev/null 2> "$tmp/user-tty.err"
check "no password without a terminal or --password-stdin" grep -q "pass the password with --password-stdin" "$tmp/user-tty.err"
old_hash=$(count "$db" "select password_hash from users where name = 'awa'")
echo "a brand new password" | "$vigie" user passwd --db "$db" --password-stdin awa 2>/dev/null
check "passwd changes the hash" test "$(count "$db" "select password_hash from users where name = 'awa'")" != "$old_hash"
"$vigie" user del --db "$db" awa 2>/dev/null
check "del keeps the name but no password" test "$(count "$db" "select password_hash = '' and deleted_at is not null from users where name = 'awa'")" = "1"
"$vigie" user list --db "$db" > "$tmp/users.out"
check "list shows the deleted account" grep -qE "^awa +admin .*\(deleted\)" "$tmp/users.out"
"$vigie" user del --db "$db" nobody 2> "$tmp/user-none.err"
check "deleting an unknown user exits 1" test $? -eq 1

# The JSON API: vigie serve on a free port of 127.0.0.1, stopped by SIGTERM.
"$vigie" serve --db "$db" --listen 127.0.0.1:0 2> "$tmp/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q "on http://" "$tmp/serve.err" && break; sleep 0.05; done
api=$(grep -o "http://127.0.0.1:[0-9]*" "$tmp/serve.err" | head -1)
check "serve prints its address" test -n "$api"
check "the API lists events" python3 -c "
import json,sys,urllib.request; d=json.load(urllib.request.urlopen(sys.argv[1]+'/api/events?country=Niger&limit=5'))
assert d['total'] > 0 and len(d['events']) == min(5, d['total']) and all(e['country']=='Niger' for e in d['events'])" "$api"
check "the API refuses a bad date with JSON" python3 -c "
import json,sys,urllib.request,urllib.error
try: urllib.request.urlopen(sys.argv[1]+'/api/events?since=yesterday'); sys.exit(1)
except urllib.error.HTTPError as e: assert e.code == 400 and 'not a date' in json.load(e)['error']" "$api"
kill -TERM $server
wait $server
check "serve stops on SIGTERM with exit 0" test $? -eq 0
"$vigie" serve --db "$db" --listen nowhere 2> "$tmp/serve-bad.err"
check "a bad --listen exits 2" test $? -eq 2
"$vigie" serve --db "$tmp/none.db" 2> "$tmp/serve-none.err"
check "serving a missing database exits 2" test $? -eq 2

# Crash safety: kill -9 in the middle, run again: the same database as one clean run.
python3 "$src/bench/ingest/make-corpus.py" "$src/samples" 6000 11 > "$tmp/corpus.jsonl"
"$vigie" ingest -q --db "$tmp/clean.db" "$tmp/corpus.jsonl"
check "clean run exits 0" test $? -eq 0
"$vigie" ingest -q --db "$tmp/crash.db" "$tmp/corpus.jsonl" &
pid=$!
for _ in $(seq 1 200); do
  n=$(sqlite3 "$tmp/crash.db" "select count(*) from documents" 2>/dev/null || echo 0)
  test "${n:-0}" -gt 0 && break
  sleep 0.02
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
killed_at=$(sqlite3 "$tmp/crash.db" "select count(*) from documents")
check "killed in the middle" test "$killed_at" -gt 0 -a "$killed_at" -lt 6000
check "integrity after kill -9" test "$(sqlite3 "$tmp/crash.db" "pragma integrity_check")" = "ok"
"$vigie" ingest --db "$tmp/crash.db" "$tmp/corpus.jsonl" 2> "$tmp/resume.err"
check "resume exits 0" test $? -eq 0
check "resume skips what was stored" grep -qE "already stored \(skipped\) +[1-9]" "$tmp/resume.err"
export_without_time() { "$vigie" export --db "$1" --format jsonl 2>/dev/null | sed -E 's/"timestamp":[0-9]+//'; }
check "resumed database equals a clean run" cmp -s <(export_without_time "$tmp/clean.db") <(export_without_time "$tmp/crash.db")
check "no document twice" test "$(count "$tmp/crash.db" "select count(*) from documents")" = "$(count "$tmp/clean.db" "select count(*) from documents")"

# A full disk (the file may not grow): a clear error, nothing stored is lost, and a later
# run completes the job.
before=$(count "$db" "select count(*) from documents")
limit_kb=$(( $(stat -c %s "$db") / 1024 + 32 ))
(trap '' XFSZ; ulimit -f "$limit_kb"; "$vigie" ingest --db "$db" "$tmp/corpus.jsonl") > /dev/null 2> "$tmp/full.err"
check "full disk exits 1" test $? -eq 1
check "full disk explained" grep -qE "cannot write to the disk|disk is full" "$tmp/full.err"
check "full disk says nothing was lost" grep -q "what was stored before stays stored" "$tmp/full.err"
check "integrity after a full disk" test "$(sqlite3 "$db" "pragma integrity_check")" = "ok"
check "nothing lost on a full disk" test "$(count "$db" "select count(*) from documents")" -ge "$before"
"$vigie" ingest -q --db "$db" "$tmp/corpus.jsonl"
check "after the disk is freed the job completes" test "$(count "$db" "select count(*) from documents")" -ge $((before + 5900))

# A locked database: waited for, else a clear error.
(echo "BEGIN IMMEDIATE;"; sleep 1.5; echo "COMMIT;") | sqlite3 "$db" &
sleep 0.3
"$vigie" ingest -q --db "$db" --wait 10 "$src/samples/incidents.jsonl"
check "ingest waits for a lock to go" test $? -eq 0
wait
(echo "BEGIN IMMEDIATE;"; sleep 3; echo "COMMIT;") | sqlite3 "$db" &
sleep 0.3
printf '{"id":"locked-1","published":"2024-05-02","text":"Des hommes armés ont tué deux bergers près de Djibo, mardi, selon des sources locales jointes par téléphone."}\n' > "$tmp/one.jsonl"
"$vigie" ingest --db "$db" --wait 0.5 "$tmp/one.jsonl" > /dev/null 2> "$tmp/locked.err"
check "a lock held too long exits 1" test $? -eq 1
check "a lock held too long explained" grep -q "locked by another process" "$tmp/locked.err"
wait
check "integrity after a lock" test "$(sqlite3 "$db" "pragma integrity_check")" = "ok"

finish
