#!/usr/bin/env bash
# Installs what building and testing Vigie needs on Debian 12. Idempotent and quiet when
# everything is already there. Usage: scripts/install-deps.sh [--bench]
#   --bench  also the tools the benchmarks use (hyperfine, wrk)
# SQLite is the store's embedded engine and PostgreSQL with PostGIS its server engine (the
# tests start a throwaway server of their own). Node.js and npm fetch the gazetteer's inputs
# (scripts/fetch-npm-packages.sh) and run the peers of the benchmarks; the word lists tell
# common words from place names. The browser tests drive Debian's chromium.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libxml2-dev libicu-dev libcld2-dev zlib1g-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev libxxhash-dev libsqlite3-dev sqlite3 libtcmalloc-minimal4
  libpqxx-dev postgresql postgresql-15-postgis-3 postgresql-client libcpp-httplib-dev libssl-dev libsodium-dev
  clang libclang-rt-14-dev python3
  nodejs npm wamerican wbritish wfrench chromium
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(hyperfine wrk)
fi

missing=()
for p in "${packages[@]}"; do
  # A package counts as present when dpkg knows it is installed.
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node.js may come from elsewhere than apt (a newer build); then apt's is not needed.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi

if ((${#missing[@]} > 0)); then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
