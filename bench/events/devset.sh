#!/usr/bin/env bash
# Scores `vigie code` on our development set (eval/events/), the dev and test splits apart.
# Rules are tuned on the dev split only; the test split is for reporting.
# Usage: bench/events/devset.sh [BUILD_DIR] [extra vigie eval options, e.g. --details]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
shift || true
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$root/eval/events" "$tmp" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
reports = [json.loads(l) for l in open(f"{src}/reports.jsonl", encoding="utf-8")]
gold = {g["doc"]: g for g in (json.loads(l) for l in open(f"{src}/gold.jsonl", encoding="utf-8"))}
for split in ("dev", "test"):
    for lang in ("all", "fr", "en"):
        chosen = [r for r in reports if r["split"] == split and (lang == "all" or r["lang"] == lang)]
        with open(f"{out}/{split}-{lang}.reports.jsonl", "w") as f:
            for r in chosen:
                f.write(json.dumps({"id": r["id"], "published": r["published"], "title": r.get("title"), "text": r["text"]}, ensure_ascii=False) + "\n")
        with open(f"{out}/{split}-{lang}.gold.jsonl", "w") as f:
            for r in chosen:
                f.write(json.dumps(gold[r["id"]], ensure_ascii=False) + "\n")
PY
for split in dev test; do
  for lang in all fr en; do
    echo "== $split split, ${lang/all/both languages}"
    "$build/vigie" eval -q --gold "$tmp/$split-$lang.gold.jsonl" "$tmp/$split-$lang.reports.jsonl" "$@"
  done
done
