// tsc only emits .js: copy the CSS modules next to the compiled theme components.
import {cpSync, readdirSync, statSync, mkdirSync} from 'node:fs';
import {join, dirname, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'src/theme');
const to = join(root, 'lib/theme');

function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.css')) {
      const target = join(to, relative(from, full));
      mkdirSync(dirname(target), {recursive: true});
      cpSync(full, target);
    }
  }
}
walk(from);
