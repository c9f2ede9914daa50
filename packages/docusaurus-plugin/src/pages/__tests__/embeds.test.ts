import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {registrySource} from '../embeds.js';

describe('embed registry', () => {
  test('imports each roadmap data file, keyed by plugin id and slug, in a stable order', () => {
    const file = (slug: string, source: string) => ({slug, source}) as never;
    const only = (...files: never[]) => ({versions: [{metadata: {name: 'current', isLast: true}, files}]}) as never;
    const source = registrySource({zeta: only(file('b', 'B.md')), default: only(file('a', 'A.md'))});
    const lines = source.split('\n');
    assert.match(lines[1]!, /^import d0 from '\.\/default\/roadmap-[\w-]+\.json';$/);
    assert.match(lines[2]!, /^import d1 from '\.\/zeta\/roadmap-[\w-]+\.json';$/);
    assert.ok(source.includes('"default": {"a": d0}'));
    assert.ok(source.includes('"zeta": {"b": d1}'));
    assert.equal(source, registrySource({default: only(file('a', 'A.md')), zeta: only(file('b', 'B.md'))}));
  });
});
