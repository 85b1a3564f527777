// The scorer's HTML-to-text reading of gold pages (node --test; ctest extraction_scorer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText, decodeEntities } from './htmltext.mjs';

test('block elements end lines and inline ones do not', () => {
  assert.equal(htmlToText('<p>one <b>two</b></p><div>three</div>four<br>five'), 'one two\nthree\nfour\nfive');
});

test('a quoted value may hold ">" but a quote outside a value is an attribute name', () => {
  assert.equal(htmlToText('<p title="a>b">x</p>'), 'x');
  assert.equal(htmlToText("<a href='q\"'>z</a>"), 'z');
  // Browsers read `<div "="">` as a div with an attribute named '"': the text after it stays.
  assert.equal(htmlToText('<div "="">\n  <p>Lorem ipsum dolor</p>\n</div>'), 'Lorem ipsum dolor');
});

test('script, style and comments are not text', () => {
  assert.equal(htmlToText('<script>var a = "<p>no</p>";</script><!-- <p>no</p> --><style>p{}</style><p>yes</p>'), 'yes');
});

test('character references', () => {
  assert.equal(decodeEntities('&amp;&lt;&#233;&#x41;&#150;&nosuch;'), '&<éA–&nosuch;');
});
