// Where the extraction development sets live, which pages they hold and what their
// gold is. Shared by pages.mjs (page lists) and score.mjs (scoring).
//
// The data is never part of the repository: it is read from $VIGIE_SHARED_DATA,
// by default <repo>/../shared/data (see ../../../../shared/data/SOURCES.md).

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { htmlToText, l3sAnnotatedText } from './htmltext.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..', '..');

export function dataRoot() {
  return path.resolve(process.env.VIGIE_SHARED_DATA || path.join(REPO, '..', 'shared', 'data'));
}

export const SETS = ['readability', 'cleaneval', 'cleaneval-dev', 'l3s', 'trafilatura'];

// Set name → folder under <data>/extraction.
const FOLDER = {
  readability: 'mozilla-readability-testpages',
  cleaneval: 'cleaneval/cleaneval-final',
  'cleaneval-dev': 'cleaneval/cleaneval-dev',
  l3s: 'l3s-googlenews-pagesignal',
  trafilatura: 'trafilatura-eval',
};

export function setDir(set, root = dataRoot()) {
  if (!FOLDER[set]) throw new Error(`unknown set "${set}" (known: ${SETS.join(', ')})`);
  return path.join(root, 'extraction', FOLDER[set]);
}

export function setPresent(set, root = dataRoot()) {
  return fs.existsSync(setDir(set, root));
}

// Bytes of a page or gold file, gunzipped when the name ends in .gz.
export function readMaybeGz(p) {
  const b = fs.readFileSync(p);
  return p.endsWith('.gz') ? zlib.gunzipSync(b) : b;
}

// Gold files are UTF-8 (checked); fall back to latin-1 if one is not.
function decodeText(buf) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('latin1').decode(buf);
  }
}

function readTsv(p) {
  const lines = fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.length);
  const head = lines.shift().split('\t');
  return lines.map((l) => {
    const cols = l.split('\t');
    const o = {};
    head.forEach((h, k) => { o[h] = cols[k] ?? ''; });
    return o;
  });
}

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// Pages of a set: [{src, url, lang}] sorted by src; src is an absolute path into the data.
export function listPages(set, root = dataRoot()) {
  const dir = setDir(set, root);
  if (set === 'readability') {
    const langs = new Map();
    const idx = path.join(dir, 'lang-index.tsv');
    if (fs.existsSync(idx)) for (const r of readTsv(idx)) langs.set(r.dir, r.lang_guess);
    return fs.readdirSync(dir).sort(byName)
      .filter((d) => fs.existsSync(path.join(dir, d, 'source.html')) && fs.existsSync(path.join(dir, d, 'expected.html')))
      // The URL Readability's own test suite uses for these pages.
      .map((d) => ({ src: path.join(dir, d, 'source.html'), url: 'http://fakehost/test/page.html', lang: langs.get(d) || '' }));
  }
  if (set === 'cleaneval' || set === 'cleaneval-dev' || set === 'l3s') {
    const inDir = path.join(dir, 'input');
    const goldDir = path.join(dir, 'GoldStandard');
    return fs.readdirSync(inDir).filter((f) => f.endsWith('.html.gz'))
      .filter((f) => fs.existsSync(path.join(goldDir, f.replace(/\.html\.gz$/, '.txt.gz'))))
      .sort((a, b) => {
        const na = parseInt(a, 10), nb = parseInt(b, 10); // cleaneval names are numbers
        return Number.isFinite(na) && Number.isFinite(nb) && na !== nb ? na - nb : byName(a, b);
      })
      .map((f) => ({ src: path.join(inDir, f), url: '', lang: 'en' }));
  }
  if (set === 'trafilatura') {
    return readTsv(path.join(dir, 'lang-index.tsv'))
      .map((r) => ({ src: path.join(dir, r.file_gz), url: r.url, lang: r.lang_guess_from_with_snippets }))
      .sort((a, b) => byName(a.src, b.src));
  }
  throw new Error(`unknown set ${set}`);
}

// --- gold --------------------------------------------------------------------------

// CleanEval gold: drop the first "URL: …" line and the <p>, <h>, <l> block markers.
export function cleanevalGoldText(raw) {
  const lines = raw.split(/\r?\n/);
  if (lines.length && /^\s*URL:/.test(lines[0])) lines.shift();
  return lines.join('\n')
    .replace(/<[phlPHL]>/g, '\n')
    .split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

// L3S-GN1 gold. Classes observed in the annotated pages (checked by reading them):
//   x-nc-sel0 not content, x-nc-sel1 headline, x-nc-sel2 full text,
//   x-nc-sel3 supplemental (datelines, bylines, captions, "Article from: AFP"),
//   x-nc-sel4 related content (other headlines, "Also Today on…"),
//   x-nc-sel5 user comments (comment bodies, "Latest Comments", "Post to the Mailbox!").
// (Some third-party loaders label 4 as comments and 5 as related; the page contents say
// the reverse.) Main content here = headline + full text (sel1 + sel2): the article
// itself, as the extraction target of Kohlschütter et al. (WSDM 2010) and of
// boilerpipe's ArticleExtractor, and the closest to what Vigie must keep. Supplemental
// (sel3) is left out; some later benchmarks (e.g. BoilerNet, Bevendorff et al. 2023)
// count it as content too — set VIGIE_L3S_CLASSES=123 to score that way.
export function l3sClasses() {
  return new Set((process.env.VIGIE_L3S_CLASSES || '12').split('').filter((c) => /[0-5]/.test(c)));
}

// Gold for one page of a full-text set: a string (possibly empty).
export function goldText(set, src, root = dataRoot()) {
  const dir = setDir(set, root);
  if (set === 'readability') {
    return htmlToText(fs.readFileSync(path.join(path.dirname(src), 'expected.html'), 'utf8'));
  }
  const base = path.basename(src).replace(/\.html(\.gz)?$/, '');
  const goldPath = path.join(dir, 'GoldStandard', base + '.txt.gz');
  const raw = decodeText(readMaybeGz(goldPath));
  if (set === 'l3s') return l3sAnnotatedText(raw, l3sClasses());
  return cleanevalGoldText(raw);
}

// Gold for the trafilatura set: Map(abs page path → {url, with[], without[], lang}).
export function trafilaturaGold(root = dataRoot()) {
  const dir = setDir('trafilatura', root);
  const evaldata = JSON.parse(fs.readFileSync(path.join(dir, 'evaldata.json'), 'utf8'));
  const out = new Map();
  for (const p of listPages('trafilatura', root)) {
    const item = evaldata[p.url];
    if (!item) continue;
    out.set(p.src, { url: p.url, with: item.with || [], without: item.without || [], lang: p.lang });
  }
  return out;
}
