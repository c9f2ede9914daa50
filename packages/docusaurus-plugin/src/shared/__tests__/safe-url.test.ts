/** The theme's link rule is core's, and it refuses every scheme but http(s) and mailto however it is hidden. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isSafeUrl as coreIsSafeUrl} from '@roadmark/core';
import {isSafeUrl, safeHref} from '../safeUrl.js';

const C0 = Array.from({length: 0x20}, (_, i) => String.fromCharCode(i));
const C1 = Array.from({length: 0x21}, (_, i) => String.fromCharCode(0x7f + i));
const INVISIBLE = ['\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

const NASTY = [
  '', ' ', '#', '/', '//', '///', '.', '..', './', '../', '?', '?q=1', '?a=b:c', '#a:b', '/a:b', './a:b', 'a:b', 'a:b/c', '1a:b', 'a/b:c',
  'https://x.org/a', 'HTTPS://X.ORG', 'http://x.org', 'http:x', 'https:', 'mailto:a@b.c', 'MAILTO:a', 'mailto:', 'tel:+1', 'ftp://x', 'ws://x',
  '//cdn.x.org/a', '\\\\evil.org', '/\\evil.org', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'javascript :alert(1)',
  'java\tscript:alert(1)', 'java\nscript:x', 'java\rscript:x', 'java\u0000script:x', 'java\u00a0script:x', 'java\u200bscript:x', 'java\ufeffscript:x',
  '\u200bjavascript:x', '\ufeffjavascript:x', '\u0001javascript:x', '%6Aavascript:x', 'javascript%3Aalert(1)', '&#106;avascript:x', 'jav&#x09;ascript:x',
  'data:text/html,<script>', 'DATA:x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x', 'about:blank', 'x-javascript:x', 'a+b.c-d:e',
  'docs/a.md', 'a', 'a b', 'a/b c', 'www.example.org', 'example.org:8080/x', 'localhost:3000', 'C:\\Windows', 'c:/x', '\u00e9t\u00e9:x', 'ü/ä',
  ...C0.map((c) => `${c}javascript:x`),
  ...C0.map((c) => `java${c}script:x`),
  ...C1.map((c) => `java${c}script:x`),
  ...C1.map((c) => `${c}https://x.org`),
  ...INVISIBLE.map((c) => `java${c}script:x`),
  ...INVISIBLE.map((c) => `${c}/a:b`),
  ...INVISIBLE.map((c) => `a${c}:b`),
];

test('the theme uses core\'s isSafeUrl itself, and it refuses every hidden scheme but http(s) and mailto', () => {
  assert.equal(isSafeUrl, coreIsSafeUrl);
  assert.ok(NASTY.length > 200);
  // What a browser would see as the scheme once it drops the characters it ignores.
  const scheme = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, ''))?.[1]?.toLowerCase();
  const wrong = NASTY.filter((url) => {
    const name = scheme(url);
    return name !== undefined && !['http', 'https', 'mailto'].includes(name) && safeHref(url) !== null;
  });
  assert.deepEqual(wrong.map((url) => JSON.stringify(url)), []);
});

test('safeHref keeps http(s), mailto, relative and fragment links, trimmed', () => {
  for (const url of ['https://x.org/a', 'http://x.org', 'mailto:a@b.c', '../docs/a.md', '#item', '/abs', '//cdn.x.org/a']) {
    assert.equal(safeHref(url), url);
    assert.equal(safeHref(` ${url}\n`), url);
  }
});

test('safeHref refuses script-bearing and other schemes, also when obfuscated, and what is not a string', () => {
  for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', 'a:b/c', '']) {
    assert.equal(safeHref(url), null, JSON.stringify(url));
  }
  for (const value of [null, undefined]) assert.equal(safeHref(value), null);
});
