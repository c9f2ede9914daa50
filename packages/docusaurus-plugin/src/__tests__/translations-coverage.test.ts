/**
 * Every message the theme renders has a translation in the example site's zh-Hans locale, so a
 * visitor of /zh-Hans never meets an English phrase the plugin could have translated.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {sourceFiles, src} from './sources.js';

const codeJson = fileURLToPath(new URL('../../../../example-site/i18n/zh-Hans/code.json', import.meta.url));

function messageIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of sourceFiles(join(src, 'theme'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/<Translate\b[^>]*?\bid="(roadmark\.[\w.-]+)"/g)) ids.add(match[1]!);
    for (const match of text.matchAll(/\bid:\s*'(roadmark\.[\w.-]+)'/g)) ids.add(match[1]!);
  }
  return ids;
}

test('the zh-Hans code.json of the example site translates every theme message', () => {
  const ids = messageIds();
  assert.ok(ids.size > 100, `found only ${ids.size} message ids: the pattern no longer matches the theme`);
  const translated = JSON.parse(readFileSync(codeJson, 'utf8')) as Record<string, {message: string}>;
  const missing = [...ids].filter((id) => !translated[id]?.message).sort();
  assert.deepEqual(missing, []);
});
