#!/usr/bin/env bash
# The demo: extract the bundled sample pages, texts and JSON Lines records and show each
# article (date, language, size, title, first lines). Usage: demo.sh VIGIE_BINARY
set -euo pipefail
vigie="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
"$vigie" extract --format summary "$root/samples"
echo "For the JSON Lines records: $vigie extract $root/samples"
