#!/usr/bin/env bash
# Scores cross-document merging on the ingest demo corpus: ingests samples/incidents.jsonl
# into a fresh database and compares, for every pair of reports, "they share a stored event"
# with "they report the same incident" (eval/merge/incidents.tsv). Pairwise precision: of the
# report pairs that share an event, how many are about the same incident; recall: of the
# pairs about the same incident, how many share an event. Usage: bench/merge/run.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/vigie" ingest -q --db "$tmp/merge.db" "$root/samples/incidents.jsonl"
"$build/vigie" export --db "$tmp/merge.db" --format jsonl 2>/dev/null > "$tmp/events.jsonl"
python3 - "$root/eval/merge/incidents.tsv" "$tmp/events.jsonl" <<'PY'
import itertools, json, sys
gold = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        doc, incident = line.rstrip("\n").split("\t")
        gold[doc] = incident
shared = set()
for line in open(sys.argv[2], encoding="utf-8"):
    docs = sorted({s["doc"] for s in json.loads(line)["sources"]})
    shared.update(itertools.combinations(docs, 2))
same = {p for p in itertools.combinations(sorted(gold), 2) if gold[p[0]] == gold[p[1]]}
predicted = {p for p in shared if p[0] in gold and p[1] in gold}
true_positive = len(predicted & same)
precision = true_positive / len(predicted) if predicted else 0.0
recall = true_positive / len(same) if same else 0.0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
print("| report pairs about one incident | pairs sharing an event | both | precision | recall | F1 |")
print("|---:|---:|---:|---:|---:|---:|")
print("| %d | %d | %d | %.2f | %.2f | %.2f |" % (len(same), len(predicted), true_positive, precision, recall, f1))
missed = sorted(same - predicted)
wrong = sorted(predicted - same)
if missed:
    print("\nNot merged: " + "; ".join("%s + %s" % (a[4:], b[4:]) for a, b in missed))
if wrong:
    print("\nMerged wrongly: " + "; ".join("%s + %s" % (a[4:], b[4:]) for a, b in wrong))
PY
