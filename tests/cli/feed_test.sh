#!/usr/bin/env bash
# `vigie ingest` on RSS and Atom feeds served from 127.0.0.1 (tests/cli/feed_server.py): new
# items' pages are fetched and stored, an unchanged feed costs one conditional GET (ETag or
# Last-Modified), and a feed that is an HTML page, a 404, a 2 GB body or an endless body is
# reported without harm.
# Usage: feed_test.sh VIGIE_BINARY SOURCE_DIR
set -uo pipefail
vigie="$(realpath "$1")"
src="$2"
export VIGIE_DATA="$src/data"
unset VIGIE_DB
tmp=$(mktemp -d)
python3 "$src/tests/cli/feed_server.py" "$tmp/port" "$tmp/requests.log" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
source "$(dirname "$0")/check.sh"
for _ in $(seq 1 100); do test -s "$tmp/port" && break; sleep 0.05; done
site="http://127.0.0.1:$(cat "$tmp/port")"
db="$tmp/feeds.db"

"$vigie" ingest --db "$db" --once "$site/feed.xml" > /dev/null 2> "$tmp/first.err"
check "first poll exits 0" test $? -eq 0
check "two pages stored" test "$(sqlite3 "$db" "select count(*) from documents")" -eq 2
check "pages stored under their URLs" test "$(sqlite3 "$db" "select count(*) from documents where url like 'http://127.0.0.1:%/_.html'")" -eq 2
check "the feed's date is the publication date" test "$(sqlite3 "$db" "select published from documents where url like '%/a.html'")" = "2024-05-15"
check "the missing page is a warning" grep -q "gone.html: .*HTTP 404" "$tmp/first.err"
check "the attack is coded" test "$(sqlite3 "$db" "select count(*) from events where location = 'Djibo'")" -ge 1
check "the feed's ETag is kept" test "$(sqlite3 "$db" "select etag from feeds")" = '"v1"'

: > "$tmp/requests.log"
"$vigie" ingest --db "$db" "$site/feed.xml" > /dev/null 2> "$tmp/second.err"
check "second poll exits 0" test $? -eq 0
check "second poll is conditional and answered 304" grep -q '^/feed.xml 304 "v1"$' "$tmp/requests.log"
check "second poll fetches no page" test "$(grep -c '\.html' "$tmp/requests.log")" -eq 0
check "nothing new stored" test "$(sqlite3 "$db" "select count(*) from documents")" -eq 2

# Bad feeds: each named, exit 1, nothing stored, the good feed still read.
sqlite3 "$db" "delete from feeds"
"$vigie" ingest --db "$db" --max-mib 1 "$site/front-page.xml" "$site/missing.xml" "$site/huge.xml" \
  "$site/endless.xml" "$site/feed.xml" > /dev/null 2> "$tmp/bad.err"
check "bad feeds exit 1" test $? -eq 1
check "an HTML page is not a feed" grep -q "front-page.xml: .*HTML page, not an RSS or Atom feed" "$tmp/bad.err"
check "404 named" grep -q "missing.xml: HTTP 404" "$tmp/bad.err"
check "2 GB body refused from its length" grep -q "huge.xml: the body is 2048.0 MiB, over the limit" "$tmp/bad.err"
check "endless body cut off" grep -q "endless.xml: the body is over the limit" "$tmp/bad.err"
check "the good feed still polled" grep -q '^/feed.xml 200' "$tmp/requests.log"
check "nothing stored twice" test "$(sqlite3 "$db" "select count(*) from documents")" -eq 2

# Polling at an interval until Ctrl-C: a second round is conditional; SIGINT ends with a summary.
: > "$tmp/requests.log"
sqlite3 "$db" "delete from feeds"
"$vigie" ingest --db "$db" --interval 1 "$site/feed.xml" > /dev/null 2> "$tmp/poll.err" &
poller=$!
for _ in $(seq 1 60); do grep -q "feed.xml 304" "$tmp/requests.log" && break; sleep 0.1; done
kill -INT $poller
wait $poller
check "interval polling stops on SIGINT with exit 0" test $? -eq 0
check "interval polling polled twice" grep -q '^/feed.xml 304' "$tmp/requests.log"
check "interval polling prints a summary" grep -q "documents read" "$tmp/poll.err"

# An Atom feed with a Last-Modified date and no ETag: its entry's page is stored, and the
# next poll asks If-Modified-Since and is answered 304.
"$vigie" ingest --db "$db" --once "$site/atom.xml" > /dev/null 2> "$tmp/atom.err"
check "atom feed exits 0" test $? -eq 0
check "the atom entry's page is stored" test "$(sqlite3 "$db" "select count(*) from documents where url like '%/c.html'")" -eq 1
check "the atom feed's Last-Modified is kept" \
  test "$(sqlite3 "$db" "select last_modified from feeds where url like '%/atom.xml'")" = "Mon, 22 Mar 2021 10:00:00 GMT"
: > "$tmp/requests.log"
"$vigie" ingest --db "$db" --once "$site/atom.xml" > /dev/null 2>&1
check "the atom poll is conditional on the date and answered 304" \
  grep -q '^/atom.xml 304 Mon, 22 Mar 2021 10:00:00 GMT$' "$tmp/requests.log"
check "the atom poll fetches no page" test "$(grep -c '\.html' "$tmp/requests.log")" -eq 0

"$vigie" ingest --db "$db" "ftp://127.0.0.1/feed.xml" > /dev/null 2> "$tmp/ftp.err"
check "ftp is not a feed URL" test $? -eq 1
finish
