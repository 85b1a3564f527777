#!/usr/bin/env bash
# Scores `vigie code` on ACLED's own notes (issue 4): every note of the Mali 2017-2018 and
# Burkina Faso files in ../shared/data/events is a document published on its event date, and
# its row is the gold. The documents and the gold are written to a temporary folder, never
# into the repository (ACLED's licence forbids re-publishing them).
# Usage: bench/events/acled-notes.sh [BUILD_DIR] [extra vigie eval options, e.g. --details]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
shift || true
events="$root/../shared/data/events"
if [[ ! -d "$events" ]]; then
  echo "($events is absent: nothing to score)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for file in acled-mali-2017-2018.csv acled-burkina-faso-254.csv; do
  name="${file%.csv}"
  python3 - "$events/$file" "$tmp/$name.docs.jsonl" "$tmp/$name.gold.jsonl" <<'PY'
import csv, json, re, sys
from datetime import datetime

def parse_date(s):
    for fmt in ("%d %B %Y", "%d-%b-%y", "%Y-%m-%d"):
        try:
            return datetime.strptime(s.strip(), fmt).strftime("%Y-%m-%d")
        except ValueError:
            pass
    raise ValueError(s)

def actor(name):
    # ACLED dates some actors ("Military Forces of Mali (2013-2020)"); Vigie's names do not.
    return re.split(r"\s*\(\d{4}-\d{0,4}\)", name)[0].strip()

with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w") as docs, open(sys.argv[3], "w") as gold:
    for row in csv.DictReader(f):
        date = parse_date(row["event_date"])
        doc = row["event_id_cnty"]
        docs.write(json.dumps({"id": doc, "published": date, "text": row["notes"]}, ensure_ascii=False) + "\n")
        precision = int(row["geo_precision"] or 1)
        event = {
            "event_type": row["event_type"], "sub_event_type": row["sub_event_type"], "event_date": date,
            "date_tolerance_days": 1,
            "actors": [a for a in (actor(row.get("actor1", "")), actor(row.get("actor2", ""))) if a],
            "location": row["location"], "latitude": float(row["latitude"]), "longitude": float(row["longitude"]),
            "location_tolerance_km": {1: 25, 2: 50}.get(precision, 100),
            "fatalities": int(row["fatalities"] or 0),
        }
        gold.write(json.dumps({"doc": doc, "published": date, "events": [event]}, ensure_ascii=False) + "\n")
PY
  echo "== $file"
  "$build/vigie" eval -q --gold "$tmp/$name.gold.jsonl" "$tmp/$name.docs.jsonl" "$@"
done
