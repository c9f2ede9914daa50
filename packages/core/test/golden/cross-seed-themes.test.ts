/**
 * One canonical theme per topic across the three seed roadmaps (AllenNLP, TensorFlow, MindSpore):
 * mixed precision, distributed training, model zoo and docs items land in the same lane wherever
 * they sit, and each roadmap's performance heading or item maps to `performance`.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createThemeResolver, flattenItems, parseRoadmap, type Item, type Roadmap} from '../../src/index.js';
import {normalizeTitle} from './compare-tree.js';
import {normalizeText} from './normalize.js';
import {readShared} from './paths.js';

const SEEDS = {
  allennlp: 'seeds/000_64b5bf8194547f1e.txt',
  tensorflow: 'seeds/001_b413af0621f7a2d8.txt',
  mindspore: 'seeds/002_ae7effc8cc45ed7f.txt',
} as const;
type Seed = keyof typeof SEEDS;

const parsed = new Map<Seed, Roadmap>();
function roadmap(seed: Seed): Roadmap {
  let model = parsed.get(seed);
  if (!model) {
    model = parseRoadmap(readShared(SEEDS[seed]), {file: SEEDS[seed]});
    parsed.set(seed, model);
  }
  return model;
}

/** The item starting on `line`; the title prefix guards against a line that now holds another item. */
function itemAt(seed: Seed, line: number, title: string): Item {
  const item = flattenItems(roadmap(seed).items).find((candidate) => candidate.line === line);
  assert.ok(item, `${seed}:${line} no item starts here (expected "${title}")`);
  assert.ok(normalizeTitle(item.title).startsWith(normalizeTitle(title)), `${seed}:${line} is "${item.title}", expected "${title}…"`);
  return item;
}

interface Topic {
  topic: string;
  theme: string;
  items: Array<[Seed, number, string]>;
}

const TOPICS: Topic[] = [
  {
    topic: 'mixed precision',
    theme: 'performance',
    items: [
      ['allennlp', 26, 'Mixed Precision Training'],
      ['tensorflow', 66, 'Mixed precision training support'],
      ['mindspore', 28, 'Low-bit mixed precision training'],
    ],
  },
  {
    topic: 'distributed / multi-GPU training',
    theme: 'scalability',
    items: [
      ['allennlp', 22, 'Using DistributedDataParallel for multi GPU'],
      ['tensorflow', 17, 'Easy multi-GPU utilization'],
      ['tensorflow', 21, 'Efficient utilization of multiple GPUs'],
      ['tensorflow', 22, 'Distributed training (multi-machine)'],
      ['tensorflow', 30, 'Better distribution/multi-GPU support'],
      ['tensorflow', 62, 'Multi-GPU support optimized'],
      ['tensorflow', 63, 'Improved mechanisms for distributing'],
      ['mindspore', 38, 'Support distributed training in parameter server mode'],
    ],
  },
  {
    topic: 'model zoo / preset / reference models',
    theme: 'models',
    items: [
      ['allennlp', 10, 'Breaking out models into their own repositories'],
      ['tensorflow', 33, 'A set of reference models'],
      ['mindspore', 8, 'Support more preset models'],
      ['mindspore', 16, 'CV: Classic models'],
      ['mindspore', 17, 'NLP: RNN and Transformer'],
      ['mindspore', 18, 'Other: GNN'],
    ],
  },
  {
    topic: 'documentation / course / tutorials',
    theme: 'documentation',
    items: [
      ['allennlp', 31, 'Launching a first version of an AllenNLP course'],
      ['tensorflow', 72, 'Updated documentation, tutorials'],
      ['tensorflow', 73, 'Process to enable external contributions to tutorials'],
    ],
  },
];

describe('one canonical theme per topic across the seed roadmaps', () => {
  for (const {topic, theme, items} of TOPICS) {
    test(`${topic} → ${theme}`, () => {
      const wrong = items
        .map(([seed, line, title]) => ({seed, line, item: itemAt(seed, line, title)}))
        .filter(({item}) => item.theme !== theme)
        .map(({seed, line, item}) => `${seed}:${line} "${item.title.slice(0, 60)}" is ${JSON.stringify(item.theme)} (raw ${JSON.stringify(item.themeRaw)})`);
      assert.deepEqual(wrong, [], `expected every ${topic} item in ${theme}`);
    });
  }
});

/** The heading text as the parser keeps it in section paths, found by its normalized form. */
function heading(seed: Seed, text: string): {raw: string; under: Item[]} {
  const want = normalizeText(text);
  const items = flattenItems(roadmap(seed).items);
  const raw = items.flatMap((item) => item.section).find((entry) => normalizeText(entry) === want);
  assert.ok(raw !== undefined, `${seed}: no section path holds the heading "${text}"`);
  return {raw, under: items.filter((item) => item.section.at(-1) === raw)};
}

describe('performance headings and items map to performance', () => {
  const resolver = createThemeResolver();

  test('TensorFlow "Performance" heading', () => {
    const {raw} = heading('tensorflow', 'Performance');
    assert.equal(resolver.resolveSection(raw)?.id, 'performance');
    // Its "Optimizations" area has an item with no theme words of its own: the headings decide.
    assert.equal(itemAt('tensorflow', 67, 'Native TensorRT support').theme, 'performance');
  });

  test('MindSpore "Performance Optimization" heading and every item under it', () => {
    const {raw, under} = heading('mindspore', 'Performance Optimization');
    assert.equal(resolver.resolveSection(raw)?.id, 'performance');
    assert.equal(under.length, 5);
    assert.deepEqual(under.filter((item) => item.theme !== 'performance').map((item) => `${item.line}: ${item.theme}`), []);
  });

  test('AllenNLP "Improve the performance of AllenNLP" item', () => {
    assert.equal(itemAt('allennlp', 20, 'Improve the performance of AllenNLP').theme, 'performance');
  });
});
