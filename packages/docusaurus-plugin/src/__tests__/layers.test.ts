/**
 * The plugin's layers, as ARCHITECTURE.md draws them: load/ reads, pages/ plans (pure), routes.ts is
 * the one module that hands the plan to Docusaurus, shared/ and theme/ run in the browser too.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import {sourceFiles, src} from './sources.js';


const files = sourceFiles(src).map((file) => ({name: relative(src, file), text: readFileSync(file, 'utf8')}));
const importsOf = (text: string) => Array.from(text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm), (m) => m[1]!);

test('only routes.ts calls createData, addRoute or setGlobalData', () => {
  const callers = files.filter(({text}) => /\b(?:createData|addRoute|setGlobalData)\s*\(/.test(text)).map(({name}) => name);
  assert.deepEqual(callers, ['routes.ts']);
});

test('pages/ is pure: no Docusaurus actions, no file system, no process', () => {
  const impure = files
    .filter(({name}) => name.startsWith('pages/'))
    .flatMap(({name, text}) => importsOf(text).filter((s) => /^node:(?!path$)|^fs$|@docusaurus\/logger/.test(s)).map((s) => `${name}: ${s}`))
    .concat(files.filter(({name, text}) => name.startsWith('pages/') && /\bactions\s*[.:)]|PluginContentLoadedActions|process\./.test(text)).map(({name}) => `${name}: actions or process`));
  assert.deepEqual(impure, []);
});

test('load/ never imports pages/ or routes.ts; shared/ imports neither, nor Node', () => {
  const wrong = files.flatMap(({name, text}) =>
    importsOf(text)
      .filter((s) =>
        name.startsWith('load/') ? /\/pages\/|\/routes\.js$/.test(s) : name.startsWith('shared/') ? /\/(?:pages|load)\/|\/routes\.js$|^node:/.test(s) : false,
      )
      .map((s) => `${name}: ${s}`),
  );
  assert.deepEqual(wrong, []);
});
