#!/usr/bin/env bash
# The demo: extract the bundled sample pages, texts and JSON Lines records and show each
# article (date, language, size, title, first lines), then the places each one names,
# resolved against the gazetteer. Usage: demo.sh VIGIE_BINARY
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
echo "For the JSON Lines records: $vigie extract $root/samples   and   $vigie places $root/samples"
