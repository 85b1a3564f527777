#!/usr/bin/env node
// Extraction scorer: the same for every system (Vigie, Readability, …). No dependencies.
//
//   node score.mjs --set SET --pages PAGES.tsv --output OUT.jsonl [--json] [--per-doc F]
//                  [--prepend-title] [--bootstrap N]
//
// SET      readability | cleaneval | cleaneval-dev | l3s | trafilatura
// PAGES    the pages the system was run on, one per line: "PATH" or
//          "PATH<TAB>SOURCE[<TAB>URL]" where PATH is the file the system was given and
//          SOURCE the page in the shared data it was copied from (its gold is found from
//          SOURCE). Every listed page is scored; a page missing from the output counts as
//          an empty extraction.
// OUT      JSON Lines, one object per document: the `vigie extract` contract
//          {doc, url, title, published, language, text} or the Readability peer's
//          {file, text, title, ms}; the page is `doc` (or `file`), the extraction `text`.
//
// Full-text sets (readability, cleaneval, cleaneval-dev, l3s) are scored the way
// ScrapingHub's article-extraction-benchmark (evaluate.py) scores articleBody:
//   * tokens = maximal runs of word characters (Python's \w: letters, digits, '_'),
//     case kept; 4-gram shingles of tokens as multisets (a text shorter than 4 tokens
//     is one shingle of all its tokens; an empty text has none);
//   * per document tp = Σ min(gold, pred) counts, fp = Σ excess in pred,
//     fn = Σ excess in gold, then tp/fp/fn divided by their sum so that long documents
//     do not weigh more;
//   * precision = mean over documents with tp+fp > 0 (a document with an empty
//     prediction is left out of precision), recall = mean over documents with
//     tp+fn > 0 (a document with empty gold is left out of recall), per-document
//     precision/recall being 1 when fp = fn = 0; F1 = 2PR/(P+R) of those means
//     (not a mean of per-document F1s);
//   * accuracy = share of documents whose token sequences are identical.
// The trafilatura set is scored as trafilatura's own evaluation (tests/eval_common.py):
// whitespace runs collapsed to one space and the ends trimmed in both the output and
// the snippets, then plain case-sensitive substring tests; each `with` snippet found
// is a TP, missing a FN; each `without` snippet found is a FP, absent a TN; counts are
// summed over pages, then precision, recall, F1 = 2TP/(2TP+FP+FN) and accuracy.
// Only `text` is scored, never the title, unless --prepend-title.

import fs from 'node:fs';
import path from 'node:path';
import { SETS, dataRoot, setPresent, goldText, trafilaturaGold } from './lib/datasets.mjs';

function usage(msg) {
  if (msg) process.stderr.write(`score.mjs: ${msg}\n`);
  process.stderr.write('usage: node score.mjs --set SET --pages PAGES.tsv --output OUT.jsonl [--json] [--per-doc FILE] [--prepend-title] [--bootstrap N]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const a = { json: false, prependTitle: false, bootstrap: 0 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const val = () => { if (i + 1 >= argv.length) usage(`${k} needs a value`); return argv[++i]; };
    if (k === '--set') a.set = val();
    else if (k === '--pages') a.pages = val();
    else if (k === '--output') a.output = val();
    else if (k === '--per-doc') a.perDoc = val();
    else if (k === '--json') a.json = true;
    else if (k === '--prepend-title') a.prependTitle = true;
    else if (k === '--bootstrap') a.bootstrap = parseInt(val(), 10) || 0;
    else if (k === '-h' || k === '--help') usage();
    else usage(`unknown argument ${k}`);
  }
  if (!a.set || !a.pages || !a.output) usage('--set, --pages and --output are required');
  if (!SETS.includes(a.set)) usage(`unknown set ${a.set}`);
  return a;
}

// --- ScrapingHub shingle matching ---------------------------------------------------

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
export const tokenize = (text) => (text || '').match(TOKEN_RE) || [];

function shingles(tokens, n = 4) {
  const m = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n);
    if (!s.length) continue;
    const key = s.join('\u0001');
    m.set(key, (m.get(key) || 0) + 1);
  }
  return m;
}

export function shingleMatch(gold, pred) {
  const g = shingles(tokenize(gold));
  const p = shingles(tokenize(pred));
  let tp = 0, fp = 0, fn = 0;
  for (const [k, gc] of g) {
    const pc = p.get(k) || 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (g.get(k) || 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const precisionScore = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallScore = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : NaN);

export function metricsFromCounts(list) {
  const precision = mean(list.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(list.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = 2 * precision * recall / (precision + recall);
  return { precision, recall, f1 };
}

// Deterministic PRNG for the optional bootstrap.
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stdev(xs) {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(1, xs.length - 1));
}

// --- inputs -------------------------------------------------------------------------

function readPages(p) {
  return fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.trim().length).map((l) => {
    const c = l.split('\t');
    return { path: c[0], src: c[1] || c[0], url: c[2] || '' };
  });
}

function readOutput(p) {
  const m = new Map();
  let bad = 0, dup = 0;
  const text = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let o;
    try { o = JSON.parse(line); } catch { bad++; continue; }
    const doc = o && (o.doc ?? o.file);
    if (typeof doc !== 'string') { bad++; continue; }
    const key = path.resolve(doc);
    if (m.has(key)) { dup++; continue; }
    m.set(key, { text: typeof o.text === 'string' ? o.text : '', title: typeof o.title === 'string' ? o.title : '' });
  }
  return { map: m, bad, dup };
}

// --- main ---------------------------------------------------------------------------

const r3 = (x) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

function scoreFullText(args, pages, out, perDoc) {
  const counts = [];
  const accuracies = [];
  let missing = 0, emptyPred = 0, emptyGold = 0;
  for (const pg of pages) {
    const o = out.map.get(path.resolve(pg.path));
    if (!o) missing++;
    let pred = o ? o.text : '';
    if (o && args.prependTitle && o.title) pred = o.title + '\n' + pred;
    const gold = goldText(args.set, pg.src);
    const c = shingleMatch(gold, pred);
    const gt = tokenize(gold), pt = tokenize(pred);
    const acc = gt.length === pt.length && gt.every((t, k) => t === pt[k]) ? 1 : 0;
    if (!pt.length) emptyPred++;
    if (!gt.length) emptyGold++;
    counts.push(c);
    accuracies.push(acc);
    if (perDoc) {
      perDoc.push({ doc: pg.path, src: pg.src, missing: !o, gold_tokens: gt.length, pred_tokens: pt.length,
        precision: c[0] + c[1] > 0 ? r3(precisionScore(c)) : null, recall: c[0] + c[2] > 0 ? r3(recallScore(c)) : null });
    }
  }
  const m = metricsFromCounts(counts);
  const res = { set: args.set, method: 'scrapinghub-4gram-shingles', documents: pages.length,
    precision: m.precision, recall: m.recall, f1: m.f1, accuracy: mean(accuracies),
    missing, empty_prediction: emptyPred, empty_gold: emptyGold, bad_lines: out.bad, duplicate_docs: out.dup };
  if (args.bootstrap > 0 && counts.length > 1) {
    const rnd = mulberry32(12345);
    const b = { precision: [], recall: [], f1: [] };
    for (let k = 0; k < args.bootstrap; k++) {
      const sample = counts.map(() => counts[Math.floor(rnd() * counts.length)]);
      const bm = metricsFromCounts(sample);
      for (const key of Object.keys(b)) b[key].push(bm[key]);
    }
    for (const key of Object.keys(b)) res[`${key}_std`] = stdev(b[key].filter(Number.isFinite));
  }
  return res;
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

function scoreSnippets(args, pages, out, perDoc) {
  const gold = trafilaturaGold();
  const groups = {};
  const add = (name, c) => {
    const g = (groups[name] ||= { pages: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
    g.pages++; g.tp += c.tp; g.fp += c.fp; g.fn += c.fn; g.tn += c.tn;
  };
  let missing = 0, noGold = 0;
  for (const pg of pages) {
    const item = gold.get(path.resolve(pg.src));
    if (!item) { noGold++; continue; }
    const o = out.map.get(path.resolve(pg.path));
    if (!o) missing++;
    let text = o ? o.text : '';
    if (o && args.prependTitle && o.title) text = o.title + '\n' + text;
    const t = norm(text);
    const tp = item.with.filter((w) => t.includes(norm(w))).length;
    const fp = item.without.filter((w) => t.includes(norm(w))).length;
    const c = { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
    add('all', c);
    add(item.lang || '?', c);
    if (perDoc) perDoc.push({ doc: pg.path, src: pg.src, url: item.url, lang: item.lang, missing: !o, ...c });
  }
  const finish = (g) => ({ ...g,
    precision: g.tp + g.fp ? g.tp / (g.tp + g.fp) : 0,
    recall: g.tp + g.fn ? g.tp / (g.tp + g.fn) : 0,
    f1: 2 * g.tp + g.fp + g.fn ? 2 * g.tp / (2 * g.tp + g.fp + g.fn) : 0,
    accuracy: g.tp + g.fp + g.fn + g.tn ? (g.tp + g.tn) / (g.tp + g.fp + g.fn + g.tn) : 0 });
  const byLang = {};
  for (const [k, g] of Object.entries(groups)) byLang[k] = finish(g);
  const empty = { pages: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
  return { set: args.set, method: 'trafilatura-snippets', documents: pages.length - noGold,
    all: byLang.all || finish(empty), en: byLang.en || finish(empty), fr: byLang.fr || finish(empty),
    by_lang: byLang, missing, not_in_evaldata: noGold, bad_lines: out.bad, duplicate_docs: out.dup };
}

function printHuman(res) {
  const f = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  if (res.method === 'trafilatura-snippets') {
    console.log(`set ${res.set}: ${res.documents} pages, trafilatura snippet evaluation (missing outputs: ${res.missing})`);
    for (const k of ['all', 'en', 'fr']) {
      const g = res[k];
      console.log(`  ${k.padEnd(4)} pages=${g.pages} tp=${g.tp} fp=${g.fp} fn=${g.fn} tn=${g.tn}  precision=${f(g.precision)} recall=${f(g.recall)} F1=${f(g.f1)} accuracy=${f(g.accuracy)}`);
    }
  } else {
    const sd = (k) => (res[`${k}_std`] !== undefined ? ` ± ${f(res[`${k}_std`])}` : '');
    console.log(`set ${res.set}: ${res.documents} documents, ScrapingHub 4-gram shingles`);
    console.log(`  precision=${f(res.precision)}${sd('precision')} recall=${f(res.recall)}${sd('recall')} F1=${f(res.f1)}${sd('f1')} accuracy=${f(res.accuracy)}`);
    console.log(`  missing outputs=${res.missing} empty predictions=${res.empty_prediction} empty gold=${res.empty_gold}`);
  }
  if (res.bad_lines || res.duplicate_docs) console.log(`  output: ${res.bad_lines} unparsable lines, ${res.duplicate_docs} duplicate docs (first kept)`);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!setPresent(args.set)) {
    console.log(`skipped: data absent (${args.set} under ${dataRoot()}/extraction)`);
    return;
  }
  const pages = readPages(args.pages);
  const out = readOutput(args.output);
  const perDoc = args.perDoc ? [] : null;
  const res = args.set === 'trafilatura' ? scoreSnippets(args, pages, out, perDoc) : scoreFullText(args, pages, out, perDoc);
  if (perDoc) fs.writeFileSync(args.perDoc, perDoc.map((d) => JSON.stringify(d)).join('\n') + '\n');
  if (args.json) console.log(JSON.stringify(res));
  else printHuman(res);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
