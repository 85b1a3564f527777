// Minimal, dependency-free HTML → plain text used by the scorer to turn gold HTML
// (Readability's expected.html, L3S annotated pages) into text.
//
// Not a conforming HTML parser: it tokenises tags, comments and text, skips the
// contents of script/style-like elements, decodes character references and puts a
// newline at every block-level element boundary (and <br>), so that words of
// adjacent paragraphs never run together. That is all the word-shingle scorer needs.

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p',
  'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title',
  'tr', 'ul', 'xmp',
]);

// Elements whose content is never visible text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'select', 'textarea']);
// Elements whose content the HTML tokenizer treats as raw text (no tags inside).
const RAWTEXT = new Set(['script', 'style', 'textarea', 'xmp', 'noscript', 'title', 'plaintext', 'iframe', 'noembed', 'noframes']);

const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  iexcl: '¡', cent: '¢', pound: '£', curren: '¤', yen: '¥', brvbar: '¦', sect: '§', uml: '¨',
  copy: '©', ordf: 'ª', laquo: '«', not: '¬', shy: '\u00ad', reg: '®', macr: '¯', deg: '°',
  plusmn: '±', sup2: '²', sup3: '³', acute: '´', micro: 'µ', para: '¶', middot: '·', cedil: '¸',
  sup1: '¹', ordm: 'º', raquo: '»', frac14: '¼', frac12: '½', frac34: '¾', iquest: '¿',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', times: '×',
  Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', divide: '÷',
  oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ',
  OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', fnof: 'ƒ', circ: 'ˆ', tilde: '˜',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e',
  rlm: '\u200f', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', dagger: '†', Dagger: '‡', bull: '•', hellip: '…', permil: '‰', prime: '′', Prime: '″',
  lsaquo: '‹', rsaquo: '›', oline: '‾', euro: '€', trade: '™', larr: '←', rarr: '→', uarr: '↑',
  darr: '↓', harr: '↔', minus: '−', le: '≤', ge: '≥', ne: '≠', infin: '∞', hearts: '♥',
};
// Legacy references that browsers also accept without the trailing semicolon.
const LEGACY_NO_SEMI = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
// Numeric references in 0x80–0x9F mean windows-1252 characters (HTML spec).
const C1 = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

export function decodeEntities(s) {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*)(;?)/g, (m, body, semi) => {
    if (body[0] === '#') {
      let cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (C1[cp]) cp = C1[cp];
      if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    if (Object.prototype.hasOwnProperty.call(NAMED, body) && (semi || LEGACY_NO_SEMI.has(body))) return NAMED[body];
    return m;
  });
}

// Yields {type:'text', data} (raw, undecoded), {type:'open', name, attrs, selfClosing},
// {type:'close', name}. Comments, doctypes and processing instructions are dropped.
export function* tokenize(html) {
  const n = html.length;
  let i = 0;
  let raw = null; // name of the raw-text element we are inside
  while (i < n) {
    if (raw) {
      const re = new RegExp('</' + raw + '[\\s/>]', 'ig');
      re.lastIndex = i;
      const m = re.exec(html);
      const end = m ? m.index : n;
      if (end > i) yield { type: 'text', data: html.slice(i, end), raw };
      if (!m) return;
      const gt = html.indexOf('>', end);
      yield { type: 'close', name: raw };
      i = gt < 0 ? n : gt + 1;
      raw = null;
      continue;
    }
    const lt = html.indexOf('<', i);
    if (lt < 0) { yield { type: 'text', data: html.slice(i) }; return; }
    if (lt > i) yield { type: 'text', data: html.slice(i, lt) };
    i = lt;
    if (html.startsWith('<!--', i)) {
      const e = html.indexOf('-->', i + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    const c = html[i + 1];
    if (c === '!' || c === '?') {
      const e = html.indexOf('>', i);
      i = e < 0 ? n : e + 1;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9:_-]*)/.exec(html.slice(i, i + 64));
    if (!m) { // a lone '<' is text
      yield { type: 'text', data: '<' };
      i += 1;
      continue;
    }
    // find the end of the tag, skipping quoted attribute values; as in the HTML
    // tokenizer, a quote opens a value only after '=' (in `<div "="">` the first quote is
    // an attribute's name, the tag ends at the '>')
    let j = i + m[0].length;
    let q = null;
    let afterEquals = false;
    for (; j < n; j++) {
      const ch = html[j];
      if (q) { if (ch === q) q = null; continue; }
      if ((ch === '"' || ch === "'") && afterEquals) q = ch;
      else if (ch === '>') break;
      if (ch === '=') afterEquals = true;
      else if (!/\s/.test(ch)) afterEquals = false;
    }
    const inner = html.slice(i + m[0].length, j);
    const name = m[2].toLowerCase();
    i = j + 1;
    if (m[1]) { yield { type: 'close', name }; continue; }
    const selfClosing = /\/\s*$/.test(inner);
    yield { type: 'open', name, attrs: inner, selfClosing };
    if (RAWTEXT.has(name) && !selfClosing) raw = name;
  }
}

function attr(attrs, key) {
  const re = new RegExp('(?:^|\\s)' + key + '\\s*=\\s*(?:"([^"]*)"|\'([^\']*)\'|([^\\s>]+))', 'i');
  const m = re.exec(attrs || '');
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

function finish(parts) {
  return parts.join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

// Visible text of an HTML document or fragment, block elements on their own lines.
export function htmlToText(html) {
  const parts = [];
  let skip = 0;
  for (const t of tokenize(html)) {
    if (t.type === 'text') {
      if (!skip && (!t.raw || t.raw === 'xmp' || t.raw === 'plaintext')) {
        parts.push(decodeEntities(t.data).replace(/\s+/g, ' '));
      }
    } else if (t.type === 'open') {
      if (SKIP.has(t.name) && !t.selfClosing) skip++;
      if (BLOCK.has(t.name)) parts.push('\n');
    } else {
      if (SKIP.has(t.name) && skip > 0) skip--;
      if (BLOCK.has(t.name)) parts.push('\n');
    }
  }
  return finish(parts);
}

// Text of an L3S-GN1 annotated page restricted to blocks whose nearest enclosing
// <span class="x-nc-selN"> has N in `classes` (a Set of digit strings).
// Annotation spans are tracked with a stack of <span> elements only; unselected text
// contributes a single space so that selected words on either side stay apart.
export function l3sAnnotatedText(html, classes) {
  const parts = [];
  const spans = []; // for each open <span>: its x-nc-sel digit or null
  let skip = 0;
  const current = () => {
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k] !== null) return spans[k];
    return null;
  };
  for (const t of tokenize(html)) {
    if (t.type === 'text') {
      if (t.raw) continue; // script, style, title…
      if (skip) continue;
      const sel = current();
      if (sel !== null && classes.has(sel)) parts.push(decodeEntities(t.data).replace(/\s+/g, ' '));
      else if (t.data.length) parts.push(' ');
    } else if (t.type === 'open') {
      if (SKIP.has(t.name) && !t.selfClosing) skip++;
      if (t.name === 'span' && !t.selfClosing) {
        const cls = attr(t.attrs, 'class');
        const m = cls ? /(?:^|\s)x-nc-sel(\d)(?:\s|$)/.exec(cls) : null;
        spans.push(m ? m[1] : null);
      }
      if (BLOCK.has(t.name)) parts.push('\n');
    } else {
      if (SKIP.has(t.name) && skip > 0) skip--;
      if (t.name === 'span' && spans.length) spans.pop();
      if (BLOCK.has(t.name)) parts.push('\n');
    }
  }
  return finish(parts);
}
