#!/usr/bin/env bash
# The dashboard in a real browser: ingests the sample reports (and one report carrying markup)
# into a scratch database, adds an analyst, serves it on a free port of 127.0.0.1, and runs
# dashboard_test.mjs in Debian's headless chromium through playwright-core. Screenshots go to
# ARTIFACTS (default: browser-artifacts in the current folder, i.e. the build folder under ctest).
# Usage: run.sh VIGIE_BINARY SOURCE_DIR [ARTIFACTS]
set -euo pipefail
vigie="$1"
root="$2"
artifacts="${3:-$PWD/browser-artifacts}"
here="$root/tests/browser"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "run.sh: /usr/bin/chromium is missing (scripts/install-deps.sh installs Debian's chromium)" >&2
  exit 1
fi
"$root/scripts/fetch-npm-packages.sh" tests/browser

tmp=$(mktemp -d)
server=""
cleanup() {
  if [[ -n "$server" ]]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

db="$tmp/browser.db"
# A report whose text and title carry markup: the dashboard must show it as text.
cat > "$tmp/hostile.jsonl" <<'JSON'
{"id": "hostile-markup", "url": "javascript:window.__vigie_hacked='url'", "title": "<img src=x onerror=\"window.__vigie_hacked='title'\">Djibo", "published": "2022-03-08", "language": "fr", "text": "Des hommes armés ont tué sept civils lundi dans le village de Gasseliki, près de Djibo, dans la province du Soum. <script>window.__vigie_hacked='script'</script> <img src=x onerror=\"window.__vigie_hacked='img'\"> Les assaillants sont repartis vers la frontière malienne."}
JSON
"$vigie" ingest -q --db "$db" "$root/samples" "$tmp/hostile.jsonl" >/dev/null 2>&1
password="browser-test-$RANDOM$RANDOM"
echo "$password" | "$vigie" user add --db "$db" --role analyst --password-stdin ana >/dev/null

"$vigie" serve --db "$db" --listen 127.0.0.1:0 2> "$tmp/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q "on http://" "$tmp/serve.err" && break; sleep 0.05; done
base=$(grep -o "http://127.0.0.1:[0-9]*" "$tmp/serve.err" | head -1)
if [[ -z "$base" ]]; then
  cat "$tmp/serve.err" >&2
  exit 1
fi

mkdir -p "$artifacts"
VIGIE_URL="$base" VIGIE_USER=ana VIGIE_PASSWORD="$password" VIGIE_ARTIFACTS="$artifacts" VIGIE_PROFILE="$tmp/profile" \
  node "$here/dashboard_test.mjs"
