#!/usr/bin/env node
// Mozilla Readability as a peer for Vigie's extraction benchmark.
//
//   node run.mjs LIST [OUT.jsonl]
//
// LIST: one page per line, .html or .html.gz. A line may carry more tab-separated
// columns (bench/extraction's page lists: PATH<TAB>SOURCE<TAB>URL); the first column is
// the page, and the last column is used as the page URL when it looks like one.
// Writes one JSON line per page to OUT (default stdout):
//   {"file": PATH as listed, "text": ..., "title": ..., "ms": parse time}
// text is the article with block elements on their own lines ("" when Readability
// returns null or fails; a failing page also gets "error"). Never stops on a bad page.
// At the end prints to stderr: pages, total parse seconds, pages/s. The timed part per
// page is JSDOM construction (HTML parsing, charset decoding) + Readability.parse() +
// text serialisation; node start-up, module loading and file reading/gunzip are not.
//
// Charset (no HTTP Content-Type is available for these files): decodePage() decodes the
// bytes before JSDOM sees them: (1) a BOM decides; (2) else, bytes that are valid UTF-8
// are decoded as UTF-8, whatever the page declares; (3) else the declared charset,
// <meta charset=…> or <meta http-equiv=Content-Type content="…charset=…">, looked for up
// to </head> (at most 64 KiB), labels resolved by WHATWG TextDecoder (iso-8859-1 means
// windows-1252); (4) else windows-1252. Step (2) departs from what a browser does with a
// declaration because the stored pages were often re-encoded to UTF-8 when they were
// saved: 105 L3S pages declare iso-8859-1 but are valid non-ASCII UTF-8, some Readability
// test pages are UTF-8 with no declaration or a gbk one. Legacy-encoded text with
// non-ASCII bytes is almost never valid UTF-8, so (2) rarely misfires. (JSDOM's own
// sniffer, used when it is given a Buffer, follows the declaration or falls back to
// windows-1252 and turned those pages into mojibake.)

import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

// Text of the article element: text nodes with whitespace collapsed (kept inside <pre>),
// a line break at each block element boundary and <br>; blank lines dropped.
function blockText(root) {
  const parts = [];
  const walk = (node, pre) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        parts.push(pre ? c.data : c.data.replace(/\s+/g, ' '));
      } else if (c.nodeType === 1) {
        const tag = c.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) parts.push('\n');
        walk(c, pre || tag === 'PRE');
        if (block) parts.push('\n');
      }
    }
  };
  walk(root, false);
  return parts.join('').split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

function declaredCharset(bytes) {
  const head = bytes.subarray(0, 65536).toString('latin1');
  const end = head.search(/<\/head\s*>|<body[\s>]/i);
  const m = META_CHARSET.exec(end >= 0 ? head.slice(0, end) : head);
  return m ? m[1] : null;
}

function decodePage(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8 (bom)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le (bom)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be (bom)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8 (valid)' };
  } catch { /* not UTF-8 */ }
  const label = declaredCharset(bytes);
  if (label) {
    try {
      let enc = new TextDecoder(label).encoding;
      if (enc.startsWith('utf-')) enc = 'utf-8'; // declared UTF-8 (or 16) with some invalid bytes: replace them
      return { text: new TextDecoder(enc).decode(bytes), charset: enc };
    } catch { /* unknown label: fall through */ }
  }
  return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252 (default)' };
}

function pageUrl(cols, file) {
  const last = cols.length > 1 ? cols[cols.length - 1] : '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(last)) {
    try { return new URL(last).href; } catch { /* fall through */ }
  }
  return pathToFileURL(path.resolve(file)).href;
}

function main() {
  const [listFile, outFile] = process.argv.slice(2);
  if (!listFile) {
    process.stderr.write('usage: node run.mjs LIST [OUT.jsonl]\n');
    process.exit(2);
  }
  const lines = fs.readFileSync(listFile, 'utf8').split('\n').filter((l) => l.trim().length);
  const fd = outFile ? fs.openSync(outFile, 'w') : 1;
  const virtualConsole = new VirtualConsole(); // swallow jsdom's CSS/parse warnings
  let totalMs = 0, failed = 0, nulls = 0;
  for (const line of lines) {
    const cols = line.split('\t');
    const file = cols[0];
    const rec = { file, text: '', title: '', ms: 0 };
    let bytes = null;
    try {
      bytes = fs.readFileSync(file);
      if (file.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
    } catch (e) {
      rec.error = `read: ${e.message}`;
      failed++;
    }
    if (bytes) {
      let dom = null;
      const t0 = performance.now();
      try {
        const { text: html } = decodePage(bytes);
        dom = new JSDOM(html, { url: pageUrl(cols, file), virtualConsole });
        const article = new Readability(dom.window.document, { serializer: (el) => el }).parse();
        if (article) {
          rec.title = article.title || '';
          rec.text = article.content ? blockText(article.content) : '';
        } else {
          nulls++;
        }
      } catch (e) {
        rec.error = String(e && e.message ? e.message : e).slice(0, 300);
        failed++;
      }
      rec.ms = performance.now() - t0;
      totalMs += rec.ms;
      if (dom) dom.window.close();
      rec.ms = Math.round(rec.ms * 1000) / 1000;
    }
    fs.writeSync(fd, JSON.stringify(rec) + '\n');
  }
  if (outFile) fs.closeSync(fd);
  const secs = totalMs / 1000;
  process.stderr.write(`readability: pages=${lines.length} parse_seconds=${secs.toFixed(3)} pages_per_s=${(secs > 0 ? lines.length / secs : 0).toFixed(2)} null=${nulls} failed=${failed} max_rss_mib=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
}

main();
