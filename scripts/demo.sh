#!/usr/bin/env bash
# The demo: extract the bundled sample pages, texts and JSON Lines records and show each
# article; the JSON Lines output is kept in build/demo-extract.jsonl.
# Usage: demo.sh VIGIE_BINARY
set -uo pipefail
vigie="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/build/demo-extract.jsonl"
"$vigie" extract --format summary "$root/samples"
"$vigie" extract --quiet "$root/samples" > "$out"
echo "Extracted $(wc -l < "$out") documents from samples/; JSON Lines in $out"
