#!/usr/bin/env node
// Prepares the pages of the extraction sets for a run: decompresses each page into
// DEST (a temporary directory owned by the calling script) so that every system reads
// the very same plain .html bytes, and writes the page lists.
//
//   node lib/pages.mjs --dest DIR [--sets a,b] [--limit N] [--min-bytes X --max-bytes Y] [--combined NAME]
//
// For each set present: DIR/<set>/NNNN-<name>.html and DIR/<set>.tsv whose lines are
// "COPY<TAB>SOURCE<TAB>URL" (SOURCE = page in the shared data, used by score.mjs to find
// the gold; URL may be empty). Sizes are of the uncompressed HTML. With --combined NAME,
// the selected pages of all sets also go to DIR/NAME.tsv. Prints one line per set to
// stdout: "<set> <pages> <bytes>" or "<set> skipped: data absent".

import fs from 'node:fs';
import path from 'node:path';
import { SETS, dataRoot, setPresent, listPages, readMaybeGz } from './datasets.mjs';

function parseArgs(argv) {
  const a = { sets: ['readability', 'cleaneval', 'l3s', 'trafilatura'], limit: 0, min: 0, max: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--dest') a.dest = v();
    else if (k === '--sets') a.sets = v().split(',').map((s) => s.trim()).filter(Boolean);
    else if (k === '--limit') a.limit = parseInt(v(), 10) || 0;
    else if (k === '--min-bytes') a.min = parseInt(v(), 10) || 0;
    else if (k === '--max-bytes') a.max = parseInt(v(), 10) || Infinity;
    else if (k === '--combined') a.combined = v();
    else throw new Error(`pages.mjs: unknown argument ${k}`);
  }
  if (!a.dest) throw new Error('pages.mjs: --dest is required');
  for (const s of a.sets) if (!SETS.includes(s)) throw new Error(`pages.mjs: unknown set ${s} (known: ${SETS.join(', ')})`);
  return a;
}

const safe = (s) => s.replace(/\.html?(\.gz)?$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);

function main() {
  const a = parseArgs(process.argv.slice(2));
  const root = dataRoot();
  const combined = [];
  for (const set of a.sets) {
    if (!setPresent(set, root)) { console.log(`${set} skipped: data absent`); continue; }
    const dir = path.join(a.dest, set);
    fs.mkdirSync(dir, { recursive: true });
    const rows = [];
    let bytes = 0, n = 0;
    for (const p of listPages(set, root)) {
      if (a.limit && rows.length >= a.limit) break;
      const buf = readMaybeGz(p.src);
      if (buf.length < a.min || buf.length > a.max) continue;
      // readability pages are all called source.html: name the copy after their folder
      const name = set === 'readability' ? path.basename(path.dirname(p.src)) : path.basename(p.src);
      const copy = path.join(dir, `${String(n).padStart(4, '0')}-${safe(name)}.html`);
      fs.writeFileSync(copy, buf);
      n++;
      bytes += buf.length;
      rows.push(`${copy}\t${p.src}\t${p.url || ''}`);
    }
    fs.writeFileSync(path.join(a.dest, `${set}.tsv`), rows.length ? rows.join('\n') + '\n' : '');
    combined.push(...rows);
    console.log(`${set} ${rows.length} ${bytes}`);
  }
  if (a.combined) fs.writeFileSync(path.join(a.dest, `${a.combined}.tsv`), combined.length ? combined.join('\n') + '\n' : '');
}

try {
  main();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
