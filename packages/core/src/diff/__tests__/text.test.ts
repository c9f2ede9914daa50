import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {coreTitle, normalizeTitle, titleSimilarity} from '../text.js';

describe('normalizeTitle', () => {
  test('ignores case, whitespace, punctuation, accents and markdown', () => {
    assert.equal(normalizeTitle('  **Dark   Mode**!  '), 'dark mode');
    assert.equal(normalizeTitle('[Dark mode](https://example.com/issues/1)'), 'dark mode');
    assert.equal(normalizeTitle('Café `export`'), 'cafe export');
  });

  test('symbol-only titles stay distinct', () => {
    assert.notEqual(normalizeTitle('🚀'), normalizeTitle('✨'));
  });
});

describe('titleSimilarity', () => {
  test('word order and stop words do not matter', () => {
    assert.equal(titleSimilarity('Support for dark mode', 'Dark mode support'), 1);
  });

  test('renames that keep the subject score above the 0.6 threshold', () => {
    assert.ok(titleSimilarity('Sharding', 'Horizontal sharding') >= 0.6);
    assert.ok(titleSimilarity('Improve search performance', 'Search performance improvements') >= 0.6);
    assert.ok(titleSimilarity('Postgres sharding', 'Postgress sharding') >= 0.6, 'typo');
    assert.ok(titleSimilarity('Auth for the API', 'Authentication for the API') >= 0.6, 'abbreviation');
  });

  test('unrelated titles score low', () => {
    assert.ok(titleSimilarity('Dark mode', 'Plugin marketplace') < 0.2);
    assert.ok(titleSimilarity('Dark mode', 'Dark theme') < 0.6);
  });

  test('is symmetric', () => {
    const pairs: [string, string][] = [['Sharding', 'Horizontal sharding'], ['a b c', 'c d'], ['Improve auth', 'Authentication improvements']];
    for (const [a, b] of pairs) assert.equal(titleSimilarity(a, b), titleSimilarity(b, a));
  });
});

describe('coreTitle', () => {
  test('sets bracketed asides aside', () => {
    assert.equal(coreTitle('Trino (community plugin)'), 'trino');
    assert.equal(coreTitle('Kafka source (with [push support](https://example.com))'), 'kafka source');
    assert.equal(coreTitle('Search [beta] v2'), 'search v2');
  });

  test('null without an aside or without anything else', () => {
    assert.equal(coreTitle('Trino'), null);
    assert.equal(coreTitle('(beta)'), null);
  });
});

describe('containment', () => {
  test('a title of two or more words found whole in a longer one is similar', () => {
    assert.ok(titleSimilarity('Kafka source', 'Kafka source with push support into the online store') >= 0.6);
  });

  test('a single shared word is not enough', () => {
    assert.ok(titleSimilarity('Search', 'Search analytics dashboard for tenants') < 0.6);
  });
});
