#!/usr/bin/env bash
# Extraction quality: Vigie vs Mozilla Readability on the development sets, both scored
# by score.mjs. Prints one Markdown table.
#
#   bench/extraction/run.sh [--sets readability,cleaneval,l3s,trafilatura] [--limit N] [--keep DIR]
#
# Sets: readability, cleaneval (final), cleaneval-dev, l3s, trafilatura.
# --limit N   first N pages of each set (sorted by name).
# --keep DIR  keep the page lists, both systems' outputs, logs and per-page scores in DIR
#             (outside the repository: they are derived from the shared data).
# Environment: VIGIE_SHARED_DATA (default <repo>/../shared/data), VIGIE_BIN (default
# <repo>/build/vigie), VIGIE_BATCH (pages per vigie invocation, default 200).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/setup.sh
. "$(cd "$(dirname "$0")" && pwd)/lib/setup.sh"
batch=${VIGIE_BATCH:-200}
sets=readability,cleaneval,l3s,trafilatura
limit=0
keep=

while [ $# -gt 0 ]; do
  case $1 in
    --sets) sets=${2:?--sets needs a value}; shift 2 ;;
    --sets=*) sets=${1#*=}; shift ;;
    --limit) limit=${2:?--limit needs a value}; shift 2 ;;
    --limit=*) limit=${1#*=}; shift ;;
    --keep) keep=${2:?--keep needs a value}; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; usage 2 >&2 ;;
  esac
done

require_data_and_peer run.sh

have_vigie=1
if [ ! -x "$vigie" ]; then
  have_vigie=0
  echo "run.sh: $vigie not found or not executable: Vigie columns will be n/a (build it or set VIGIE_BIN)" >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigie-extraction.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$tmp/out"
node "$here/lib/pages.mjs" --dest "$tmp/pages" --sets "$sets" --limit "$limit" >"$tmp/sets.txt"

notes=()
while read -r set count _rest; do
  if [ "$count" = skipped: ]; then
    notes+=("$set: skipped: data absent")
    continue
  fi
  [ "$count" -gt 0 ] || { notes+=("$set: no pages"); continue; }
  list=$tmp/pages/$set.tsv
  echo "run.sh: $set: $count pages" >&2

  if [ "$have_vigie" = 1 ]; then
    rc=0
    cut -f1 "$list" | tr '\n' '\0' |
      xargs -0 -n "$batch" "$vigie" extract --format jsonl >"$tmp/out/$set.vigie.jsonl" 2>"$tmp/out/$set.vigie.log" || rc=$?
    case $rc in
      0) ;;
      123) notes+=("$set: vigie exited non-zero for some inputs (see its log)") ;;
      *) notes+=("$set: vigie failed (xargs status $rc): $(tail -n 1 "$tmp/out/$set.vigie.log" 2>/dev/null)") ;;
    esac
    node "$here/score.mjs" --set "$set" --pages "$list" --output "$tmp/out/$set.vigie.jsonl" \
      --json --per-doc "$tmp/out/$set.vigie.perdoc.jsonl" >"$tmp/out/$set.vigie.score.json"
  fi

  rc=0
  node "$peer/run.mjs" "$list" "$tmp/out/$set.readability.jsonl" 2>"$tmp/out/$set.readability.log" || rc=$?
  [ "$rc" = 0 ] || notes+=("$set: readability peer failed (status $rc): $(tail -n 1 "$tmp/out/$set.readability.log")")
  node "$here/score.mjs" --set "$set" --pages "$list" --output "$tmp/out/$set.readability.jsonl" \
    --json --per-doc "$tmp/out/$set.readability.perdoc.jsonl" >"$tmp/out/$set.readability.score.json"
done <"$tmp/sets.txt"

printf '%s\n' "${notes[@]+"${notes[@]}"}" >"$tmp/notes.txt"

node --input-type=module - "$tmp/out" "$tmp/sets.txt" "$tmp/notes.txt" <<'EOF'
import fs from 'node:fs';
const [outDir, setsFile, notesFile] = process.argv.slice(2);
const load = (p) => { try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return null; } };
const f = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const rows = [];
const notes = fs.readFileSync(notesFile, 'utf8').split('\n').filter(Boolean);
for (const line of fs.readFileSync(setsFile, 'utf8').split('\n').filter(Boolean)) {
  const [set, count] = line.split(' ');
  if (count === 'skipped:' || count === '0') continue;
  const v = load(`${outDir}/${set}.vigie.score.json`);
  const r = load(`${outDir}/${set}.readability.score.json`);
  if (set === 'trafilatura') {
    for (const g of ['all', 'en', 'fr']) {
      const pages = (r && r[g].pages) ?? (v && v[g].pages) ?? 0;
      rows.push([`trafilatura (${g})`, pages, v?.[g]?.precision, v?.[g]?.recall, v?.[g]?.f1, r?.[g]?.precision, r?.[g]?.recall, r?.[g]?.f1]);
    }
  } else {
    rows.push([set, (r ?? v)?.documents ?? count, v?.precision, v?.recall, v?.f1, r?.precision, r?.recall, r?.f1]);
  }
  for (const [who, s] of [['vigie', v], ['readability', r]]) {
    if (s && s.missing) notes.push(`${set}: ${s.missing} pages without ${who} output (scored as empty)`);
    if (s && s.bad_lines) notes.push(`${set}: ${s.bad_lines} unparsable ${who} output lines`);
  }
}
console.log('| set | pages | Vigie P | Vigie R | Vigie F1 | Readability P | Readability R | Readability F1 |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, pages, ...m] of rows) console.log(`| ${name} | ${pages} | ${m.map(f).join(' | ')} |`);
console.log('');
console.log('readability, cleaneval, l3s: ScrapingHub article-extraction-benchmark 4-gram shingle P/R/F1 (means over documents).');
console.log('trafilatura: trafilatura snippet evaluation (with/without snippets, counts summed over pages).');
for (const n of notes) console.log(`note: ${n}`);
EOF

if [ -n "$keep" ]; then
  mkdir -p "$keep"
  cp -R "$tmp/pages"/*.tsv "$tmp/out"/. "$keep"/ 2>/dev/null || true
  echo "run.sh: outputs kept in $keep (page lists point to temporary copies that are now deleted; column 2 is the source page)" >&2
fi
