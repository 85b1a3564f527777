# Shared set-up of run.sh and speed.sh (sourced, not run): paths, the shared-data check
# and the Readability peer's installation.
# Sets: here, repo, data, vigie, peer.

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
data=${VIGIE_SHARED_DATA:-$repo/../shared/data}
vigie=${VIGIE_BIN:-$repo/build/vigie}
peer=$repo/bench/peers/readability

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit "${1:-0}"; }

# require_data_and_peer NAME: exits 0 with "skipped: data absent" when the shared data is
# missing; otherwise exports VIGIE_SHARED_DATA, checks node and installs the peer if needed.
require_data_and_peer() {
  local name=$1
  if [ ! -d "$data/extraction" ]; then
    echo "skipped: data absent ($data/extraction not found; set VIGIE_SHARED_DATA)"
    exit 0
  fi
  data=$(cd "$data" && pwd)
  export VIGIE_SHARED_DATA=$data
  command -v node >/dev/null || { echo "$name: node is required" >&2; exit 1; }
  if [ ! -d "$peer/node_modules/@mozilla/readability" ] || [ ! -d "$peer/node_modules/jsdom" ]; then
    echo "$name: installing the Readability peer (npm ci in bench/peers/readability)" >&2
    (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}
