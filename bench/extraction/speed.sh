#!/usr/bin/env bash
# Extraction speed: Vigie vs Mozilla Readability on the real pages of the development
# sets whose uncompressed HTML is between 50 KiB and 200 KiB.
#
#   bench/extraction/speed.sh [--sets readability,cleaneval,l3s,trafilatura] [--runs N]
#
# (a) Vigie: one `vigie extract --format jsonl` process over all the pages, wall-clock
#     and CPU time (user + system: the per-core figure, which another process busy on the
#     same cores does not inflate) (hyperfine when installed: 1 warm-up + N timed runs,
#     mean; else one timed run with bash's time). Includes process start-up and writing
#     the output.
# (b) Readability: pages/s from run.mjs's in-process total (JSDOM + Readability.parse +
#     text), excluding node start-up, module loading and file reading.
# Environment: VIGIE_SHARED_DATA (default <repo>/../shared/data), VIGIE_BIN (default
# <repo>/build/vigie), SPEED_MIN_BYTES / SPEED_MAX_BYTES (default 51200 / 204800).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/setup.sh
. "$(cd "$(dirname "$0")" && pwd)/lib/setup.sh"
min_bytes=${SPEED_MIN_BYTES:-51200}
max_bytes=${SPEED_MAX_BYTES:-204800}
sets=readability,cleaneval,l3s,trafilatura
runs=3

while [ $# -gt 0 ]; do
  case $1 in
    --sets) sets=${2:?--sets needs a value}; shift 2 ;;
    --sets=*) sets=${1#*=}; shift ;;
    --runs) runs=${2:?--runs needs a value}; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    -h|--help) usage 0 ;;
    *) echo "speed.sh: unknown argument $1" >&2; usage 2 >&2 ;;
  esac
done

require_data_and_peer speed.sh

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigie-speed.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

node "$here/lib/pages.mjs" --dest "$tmp/pages" --sets "$sets" \
  --min-bytes "$min_bytes" --max-bytes "$max_bytes" --combined speed >"$tmp/sets.txt"
list=$tmp/pages/speed.tsv
pages=$(wc -l <"$list" | tr -d ' ')
bytes=$(awk '$2 != "skipped:" { b += $3 } END { print b + 0 }' "$tmp/sets.txt")
if [ "$pages" -eq 0 ]; then
  echo "skipped: no page between $min_bytes and $max_bytes bytes in sets $sets"
  exit 0
fi

echo "## Extraction speed"
echo
echo "Pages: $pages with uncompressed HTML between $min_bytes and $max_bytes bytes, mean $(awk -v b="$bytes" -v n="$pages" 'BEGIN { printf "%.1f", b / n / 1024 }') KiB, total $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MiB"
awk '$2 == "skipped:" { print "  " $1 ": skipped: data absent"; next } { printf "  %s: %d pages\n", $1, $2 }' "$tmp/sets.txt"
echo "Machine: $(uname -sm), $(nproc 2>/dev/null || echo '?') CPUs; node $(node -v)"
echo

cut -f1 "$list" >"$tmp/files.txt"
vigie_pps=
if [ -x "$vigie" ]; then
  # One process over all pages; the paths (safe names in the temporary dir) go in argv.
  cat >"$tmp/run-vigie.sh" <<EOF
#!/usr/bin/env bash
set -uo pipefail
mapfile -t files <"$tmp/files.txt"
"$vigie" extract --format jsonl "\${files[@]}" >"$tmp/vigie.jsonl" 2>"$tmp/vigie.log"
rc=\$?
# exit status 1 = some inputs failed but the others were printed; anything else is a crash
[ \$rc -le 1 ] || exit \$rc
exit 0
EOF
  chmod +x "$tmp/run-vigie.sh"
  if command -v hyperfine >/dev/null; then
    hyperfine --style none --warmup 1 --runs "$runs" --export-json "$tmp/hf.json" "$tmp/run-vigie.sh" >/dev/null
    secs=$(node -e 'const r=require(process.argv[1]).results[0]; console.log(r.mean)' "$tmp/hf.json")
    cpu_secs=$(node -e 'const r=require(process.argv[1]).results[0]; console.log(r.user + r.system)' "$tmp/hf.json")
    how="hyperfine, mean of $runs runs after 1 warm-up"
  else
    "$tmp/run-vigie.sh" # warm-up
    TIMEFORMAT='%R %U %S'
    read -r secs user sys < <({ time "$tmp/run-vigie.sh"; } 2>&1)
    cpu_secs=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
    how="one timed run after 1 warm-up, bash time"
  fi
  done_docs=$(grep -c . "$tmp/vigie.jsonl" || true)
  vigie_pps=$(awk -v n="$pages" -v s="$secs" 'BEGIN { printf "%.2f", n / s }')
  echo "Vigie:       $vigie_pps pages/s  ($pages pages in $(printf '%.3f' "$secs") s wall, single process incl. process start-up; $how; $done_docs documents printed)"
  # Per core: wall time counts the waits when another process holds the CPU; CPU time does not.
  echo "             $(awk -v n="$pages" -v s="$cpu_secs" 'BEGIN { printf "%.2f", n / s }') pages per CPU-second  ($(printf '%.3f' "$cpu_secs") s user + system)"
else
  echo "Vigie:       n/a ($vigie not found or not executable; build it or set VIGIE_BIN)"
fi

t0=$(date +%s.%N)
node "$peer/run.mjs" "$list" "$tmp/readability.jsonl" 2>"$tmp/readability.log"
t1=$(date +%s.%N)
line=$(grep '^readability:' "$tmp/readability.log" | tail -n 1)
r_secs=$(sed -n 's/.*parse_seconds=\([0-9.]*\).*/\1/p' <<<"$line")
r_pps=$(sed -n 's/.*pages_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
r_wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
echo "Readability: $r_pps pages/s  ($pages pages in $r_secs s in-process; whole node run $r_wall s wall)"
if [ -n "$vigie_pps" ]; then
  echo "Ratio Vigie/Readability: $(awk -v a="$vigie_pps" -v b="$r_pps" 'BEGIN { printf "%.2f", a / b }')x"
fi
echo
echo "Note: Readability's figure excludes node start-up, module loading and file reading (in-process"
echo "timer around JSDOM + parse + text), while Vigie's includes process start-up and file reading."
