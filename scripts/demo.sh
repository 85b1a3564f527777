#!/usr/bin/env bash
# The demo: extract the bundled sample pages, texts and JSON Lines records and show each
# article (date, language, size, title, first lines), the places each one names, resolved
# against the gazetteer, and the events coded from them. Usage: demo.sh VIGIE_BINARY
set -euo pipefail
vigie="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
"$vigie" extract --format summary "$root/samples"
echo "Places named in the sample reports (vigie places), one line per document:"
"$vigie" places -q "$root/samples" | python3 -c '
import json, sys
docs = {}
for line in sys.stdin:
    m = json.loads(line)
    docs.setdefault(m["doc"], [])
    label = "%s (%s%s)" % (m["name"], m["feature_code"], ", " + m["country"] if m["country"] else "")
    if label not in docs[m["doc"]]:
        docs[m["doc"]].append(label)
for doc, places in docs.items():
    print("  %s\n      %s" % (doc.split("/")[-1], "; ".join(places)))
'
echo
echo "Events coded from the sample reports (vigie code), one line per event:"
"$vigie" code -q "$root/samples" | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    toll = " %d dead" % e["fatalities"] if e["fatalities"] else ""
    print("  %s  %-27s %-34s %s (%s)%s" % (e["event_date"], e["event_type"][:27], e["sub_event_type"][:34],
          e["location"] or "?", e["country"] or "?", toll))
    print("      %s vs %s   [%s]" % (e["actor1"], e["actor2"] or "-", e["sources"][0]["doc"].split("/")[-1]))
'
echo
echo "The JSON Lines records: $vigie extract $root/samples, $vigie places $root/samples, $vigie code $root/samples"
