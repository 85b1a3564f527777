#!/usr/bin/env bash
# What `make demo` runs (scripts/demo.sh): the sample reports ingested into a new database,
# the table of events by country and type, the merged events with their sources, then the
# dashboard served on 127.0.0.1 with a demo analyst who can log in with the password shown.
# Usage: demo_test.sh VIGIE_BINARY SOURCE_DIR
set -uo pipefail
vigie="$(realpath "$1")"
src="$2"
export VIGIE_DATA="$src/data"
unset VIGIE_DB
tmp=$(mktemp -d)
source "$(dirname "$0")/check.sh"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bash "$src/scripts/demo.sh" "$vigie" "$tmp/demo.db" "127.0.0.1:$port" > "$tmp/demo.out" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null; wait $demo 2>/dev/null; rm -rf "$tmp"' EXIT
get() {  # PATH: the body, or failure
  python3 -c "import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())" \
    "http://127.0.0.1:$port$1" 2>/dev/null
}
for _ in $(seq 1 600); do
  grep -q "Ctrl-C stops the server" "$tmp/demo.out" && get /api/events > /dev/null && break
  sleep 0.1
done

check "the samples are ingested" grep -qE "stored \(new\) +[1-9][0-9]" "$tmp/demo.out"
check "a table of events by country and type" grep -qE "^  Mali +[0-9 ]+$" "$tmp/demo.out"
check "the table has a Niger and a Burkina Faso row" \
  test "$(grep -cE "^  (Niger|Burkina Faso) +[0-9 ]+$" "$tmp/demo.out")" -eq 2
check "merged events listed with their sources" grep -qE "^[0-9]+ events were merged from several reports" "$tmp/demo.out"
get / > "$tmp/index.html"
check "the dashboard is served" grep -qi "<html" "$tmp/index.html"
check "the API lists the events" python3 -c "
import json, sys, urllib.request
events = json.load(urllib.request.urlopen('http://127.0.0.1:$port/api/events?limit=5'))
assert events['events'], events"
password=$(sed -n 's/.*user: demo   password: \([^ ]*\) .*/\1/p' "$tmp/demo.out")
check "the demo analyst's password is shown" test -n "$password"
check "the demo analyst logs in" python3 -c "
import json, urllib.request
body = json.dumps({'name': 'demo', 'password': '$password'}).encode()
request = urllib.request.Request('http://127.0.0.1:$port/api/login', body, {'Content-Type': 'application/json'})
reply = json.load(urllib.request.urlopen(request))
assert reply.get('csrf'), reply"
finish
