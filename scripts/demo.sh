#!/usr/bin/env bash
# The demo: ingest the bundled sample reports (pages, texts, JSON Lines; several reports of
# the same incidents, a syndicated copy, reports with no event) into vigie.db, show what the
# database holds (events by country and type, the events merged from several reports with
# their sources), then serve the dashboard on 127.0.0.1:8080 with a demo analyst account
# whose password is new each run, until Ctrl-C.
# Usage: demo.sh VIGIE_BINARY [DATABASE] [HOST:PORT]
set -euo pipefail
vigie="$1"
db="${2:-vigie.db}"
listen="${3:-127.0.0.1:8080}"
root="$(cd "$(dirname "$0")/.." && pwd)"
echo "Ingesting the sample reports in $root/samples into $db (vigie ingest)..."
"$vigie" ingest --db "$db" "$root/samples" 2>&1 | grep -v "README.md: skipped"
echo
"$vigie" export --db "$db" --format jsonl 2>/dev/null | python3 -c '
import json, sys
from collections import Counter
events = [json.loads(line) for line in sys.stdin]
types = sorted({e["event_type"] for e in events})
countries = Counter(e["country"] or "?" for e in events)
short = {"Battles": "Battles", "Explosions/Remote violence": "Explosions", "Violence against civilians": "Civilians",
         "Protests": "Protests", "Riots": "Riots", "Strategic developments": "Strategic"}
print("Events in the database, by country and type:")
print("  %-14s" % "country" + "".join("%11s" % short.get(t, t[:10]) for t in types) + "%8s%11s" % ("total", "fatalities"))
for country, n in countries.most_common():
    row = [e for e in events if (e["country"] or "?") == country]
    print("  %-14s" % country + "".join("%11d" % sum(1 for e in row if e["event_type"] == t) for t in types) +
          "%8d%11d" % (n, sum(e["fatalities"] for e in row)))
merged = [e for e in events if len(e["sources"]) > 1]
print()
print("%d events were merged from several reports; the ones with most sources:" % len(merged))
for e in sorted(merged, key=lambda e: -len(e["sources"]))[:10]:
    print("  %s  %-10s %s, %s: %s (%s)%s" % (e["event_id_cnty"], e["event_date"], e["sub_event_type"], e["location"] or "?",
          e["actor1"], e["country"], ", %d dead" % e["fatalities"] if e["fatalities"] else ""))
    for s in e["sources"]:
        print("      %s" % (s["url"] or s["doc"]))
'
echo
echo "Also: $vigie export --db $db --format csv|jsonl|geojson [--country Mali] [--since 2020-01-01]"
echo "      $vigie merges --db $db        (the merge log; --undo ID splits a merge)"

# The demo analyst: added on the first run, a fresh password on every run.
password="demo-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
if "$vigie" user list --db "$db" 2>/dev/null | grep -q "^demo "; then
  echo "$password" | "$vigie" user passwd --db "$db" --password-stdin demo >/dev/null 2>&1
else
  echo "$password" | "$vigie" user add --db "$db" --role analyst --password-stdin demo >/dev/null 2>&1
fi
echo
echo "The dashboard: http://$listen/"
echo "  Reading is open to anyone; to review, correct, merge and comment, log in as"
echo "  user: demo   password: $password   (an analyst; the password changes each run)"
echo "  Ctrl-C stops the server."
exec "$vigie" serve --db "$db" --listen "$listen"
