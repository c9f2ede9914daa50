import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {realDir} from '../../../test/golden/paths.js';
import {BUILTIN_THEMES, createThemeResolver, slugify} from '../theme/index.js';

/** The real roadmap files kept in the repository (packages/core/test/real). */
function sharedDir(): string {
  return realDir();
}

function readShared(folder: string, prefix: string): string {
  const dir = join(sharedDir(), folder);
  const name = readdirSync(dir).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no ${folder}/${prefix}*`);
  return readFileSync(join(dir, name), 'utf8');
}

/** Heading texts of every seed and corpus file, "#" markers removed. */
function realHeadings(): Set<string> {
  const headings = new Set<string>();
  for (const folder of ['seeds', 'corpus']) {
    const dir = join(sharedDir(), folder);
    for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && !/^(README|MANIFEST)/.test(f))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.startsWith('#')) headings.add(line.replace(/^#+\s*/, '').trim());
      }
    }
  }
  return headings;
}

const resolver = createThemeResolver();

describe('seed themes', () => {
  test('TensorFlow "Performance" (seed 001) -> performance', () => {
    const seed = readShared('seeds', '001_');
    const heading = /^### (Performance)\s*$/m.exec(seed)?.[1];
    assert.equal(heading, 'Performance');
    assert.equal(resolver.resolveSection(heading)?.id, 'performance');
  });
  test('MindSpore "Performance Optimization" (seed 002) -> performance', () => {
    const seed = readShared('seeds', '002_');
    const heading = /^## (Performance Optimization)\s*$/m.exec(seed)?.[1];
    assert.equal(heading, 'Performance Optimization');
    assert.equal(resolver.resolveSection(heading)?.id, 'performance');
  });
  test('AllenNLP item "Improve the performance of AllenNLP. …" (seed 000) -> performance', () => {
    const seed = readShared('seeds', '000_');
    const item = /^\s*a\.\s+(Improve the performance of AllenNLP\..*)$/m.exec(seed)?.[1]?.trim();
    assert.equal(item, 'Improve the performance of AllenNLP.  In particular, see the following issues:');
    assert.equal(resolver.resolveItem(item)?.id, 'performance');
  });
});

/** Real headings (each must occur in the seeds/corpus) and the canonical id they map to. */
const HEADINGS: Array<[string, string]> = [
  // TensorFlow (seed 001 and corpus versions) and its Chinese translation
  ['APIs', 'apis'],
  ['High Level APIs:', 'usability'],
  ['Eager Execution:', 'usability'],
  ['Keras API:', 'usability'],
  ['Official Models:', 'models'],
  ['Reference Models:', 'models'],
  ['Reference models', 'models'],
  ['Contrib:', 'contrib'],
  ['Probabilistic Reasoning and Statistical Analysis:', 'probabilistic-reasoning-and-statistical-analysis'],
  ['Platforms', 'platform'],
  ['TensorFlow Lite:', 'deployment'],
  ['TensorFlow Extended (TFX)', 'deployment'],
  ['TensorFlow.js:', 'platform'],
  ['TensorFlow Hub:', 'models'],
  ['TensorBoard', 'tooling'],
  ['Cloud TPUs and Cloud TPU Pods', 'platform'],
  ['Performance', 'performance'],
  ['Distributed TensorFlow:', 'scalability'],
  ['Optimizations:', 'performance'],
  ['GPU Optimizations:', 'performance'],
  ['CPU Optimizations', 'performance'],
  ['Documentation and Usability:', 'documentation'],
  ['Documentation and Resources:', 'documentation'],
  ['Community and Partner Engagement', 'community'],
  ['Special Interest Groups:', 'community'],
  ['Community:', 'community'],
  ['Community and engagement', 'community'],
  ['Extensions and add-ons', 'integrations'],
  ['高阶 APIs:', 'usability'],
  ['官方模型：', 'models'],
  ['概率推理与统计分析：', '概率推理与统计分析'],
  ['分布式 TensorFlow:', 'scalability'],
  ['优化：', 'performance'],
  ['跨平台', 'platform'],
  ['性能', 'performance'],
  ['文档与可用性：', 'documentation'],
  ['社区以及合作伙伴', 'community'],
  ['特别兴趣小组：', 'community'],
  // MindSpore (seed 002, corpus versions, Chinese)
  ['Preset Models', 'models'],
  ['Usability', 'usability'],
  ['Performance Optimization', 'performance'],
  ['Architecture Evolution', 'architecture'],
  ['MindInsight Debugging and Optimization', 'tooling'],
  ['MindArmour Security Hardening Package', 'security'],
  ['Inference Framework', 'deployment'],
  ['预置模型', 'models'],
  ['易用性', 'usability'],
  ['性能优化', 'performance'],
  ['架构演进', 'architecture'],
  ['MindInsight调试调优', 'tooling'],
  ['MindArmour安全增强包', 'security'],
  ['推理框架', 'deployment'],
  // moby: numbered headings
  ['1.1 Runtime improvements', 'architecture'],
  ['1.2 Plugins improvements', 'integrations'],
  ['1.3 Internal decoupling', 'architecture'],
  ['1.4 Cluster capable Engine', 'scalability'],
  ['2.1 Docker exec', 'docker-exec'],
  // others
  ['TechDocs', 'documentation'],
  ['Search', 'search'],
  ['Software Catalog', 'software-catalog'],
  ['Supported Kubernetes version', 'platform'],
  ['Frontend Platform strategy', 'ui'],
  ['2022 H2', '2022-h2'],
];

describe('resolveSection over real headings', () => {
  const real = realHeadings();
  for (const [heading, id] of HEADINGS) {
    test(`${heading} -> ${id}`, () => {
      assert.ok([...real].some((h) => h === heading || h === heading.trim()), `"${heading}" is a real heading`);
      assert.equal(resolver.resolveSection(heading)?.id, id);
    });
  }

  test('qdrant/feast/kubeflow group labels', () => {
    const labels: Array<[string, string]> = [
      [':racing_car: Performance improvements', 'performance'], ['⚙️ Performance', 'performance'],
      ['🏗️ Scalability', 'scalability'], [':arrow_double_up: Scalability', 'scalability'],
      [':earth_americas: Distributed Deployment', 'scalability'], [':electric_plug: Integration & Interfaces', 'integrations'],
      [':atom_symbol: Quantization support', 'performance'], ['**Data Sources**', 'data'], ['**Offline Stores**', 'data'],
      ['**Streaming**', 'data'], ['**Deployments**', 'deployment'], ['**Data Quality Management**', 'data'],
      ['**Feature Discovery and Governance**', 'feature-discovery-and-governance'],
      ['Monitoring', 'observability'], ['Data management', 'data'], ['Deployment', 'deployment'],
      ['Metadata', 'data'], ['Multi-user support', 'security'], ['Notebooks', 'tooling'],
      ['Support for hardware accelerated training and inference', 'platform'],
      ['Scalability and Performance', 'scalability'], ['Reliability and Availability', 'reliability'],
      ['Database Operations and Observability', 'observability'], ['Security', 'security'],
    ];
    for (const [label, id] of labels) assert.equal(resolver.resolveSection(label)?.id, id, label);
  });

  test('numbering, emoji and colons are decoration', () => {
    assert.equal(resolver.resolveSection('## 3. Security')?.id, 'security');
    assert.equal(resolver.resolveSection('3) Perf:')?.id, 'performance');
    assert.equal(resolver.resolveSection('🚀 **Speed**')?.id, 'performance');
    assert.equal(resolver.resolveSection('Pre-trained Models')?.id, 'models');
    assert.equal(resolver.resolveSection('Pretrained models')?.id, 'models');
  });

  test('alias matches report source alias, keyword matches their score, unknowns their slug', () => {
    assert.deepEqual(resolver.resolveSection('Perf'), {id: 'performance', label: 'Performance', color: '#cb5b10', source: 'alias', score: 100});
    const keyword = resolver.resolveSection('MindInsight Debugging and Optimization');
    assert.equal(keyword?.source, 'keyword');
    assert.ok((keyword?.score ?? 0) >= 2);
    assert.deepEqual(resolver.resolveSection('Contrib:'), {id: 'contrib', label: 'Contrib', color: null, source: 'slug', score: 0});
    assert.equal(resolver.resolveSection(''), null);
    assert.equal(resolver.resolveSection('  ** '), null);
  });
});

/** Real item texts (seeds, corpus) and what they strongly signal; null = weak or ambiguous. */
const ITEMS: Array<[string, string | null]> = [
  ['Mixed Precision Training', 'performance'],
  ['Low-bit mixed precision training and inference.', 'performance'],
  ['Improve the performance of AllenNLP.  In particular, see the following issues:', 'performance'],
  ['Mixed precision training support with initial example model and guide', 'performance'],
  ['Optimize the compilation time.', 'performance'],
  ['Improve memory utilization.', 'performance'],
  ['Better supporting our initiative around Green AI.', 'performance'],
  ['Distributed training (multi-machine)', 'scalability'],
  ['Using DistributedDataParallel for multi GPU training', 'scalability'],
  ['Support distributed training in parameter server mode.', 'scalability'],
  ['Efficient utilization of multiple GPUs', 'scalability'],
  ['Improved mechanisms for distributing computations on several machines', 'scalability'],
  ['Model zoo', 'models'],
  ['Support more preset models.', 'models'],
  ['A set of reference models across image recognition, speech, object detection, and translation that demonstrate best practices and serve as a starting point for high-performance model development.', 'models'],
  ['Launching a first version of an AllenNLP course.  It\'s challenging for many people to onboard, so we\'re building an interactive course.', 'documentation'],
  ['Improve documentation', 'documentation'],
  ['Updated documentation, tutorials and Getting Started guides', 'documentation'],
  ['Grow global TensorFlow communities and user groups', 'community'],
  ['Incorporate public feedback on significant design decisions via a Request-for-Comment (RFC) process', 'community'],
  ['Provide model security hardening tools.', 'security'],
  ['Add Grype to the Otomi Build pipeline to scan source code for security vulnerabilities', 'security'],
  ['Support deployment on IoT devices.', 'deployment'],
  ['Support for GPU acceleration in TensorFlow Lite (iOS and Android)', 'deployment'],
  ['Integrate the performance profiling and debugger tools.', 'tooling'],
  ['Performance profiling.', 'tooling'],
  ['Add tooling so any user can easily measure the total number of floating-point operations', 'tooling'],
  ['Increased support for devices beyond Android and iOS (eg. RPi, Cortex-M)', 'platform'],
  ['Support iOS.', 'platform'],
  ['Native pytorch Multiprocessing for data loading', 'data'],
  ['Add Team and Platform Dashboards to provide an overview of team resource status using Prometheus metrics', 'observability'],
  ['Provide disaster recovery procedures for Otomi core applications, such as Gitea, Keycloak and Harbor', 'reliability'],
  ['Continuously improve MindSpore IR.', 'architecture'],
  ['Handle plugins and platforms consistently', 'integrations'],
  ['Persistent volume management via a central dashboard UI', 'ui'],
  ['低比特混合精度训练/推理', 'performance'],
  ['Parameter Server模式分布式训练', 'scalability'],
  ['测试模型的安全性', 'security'],
  ['更新文档、教程以及快速上手指南', 'documentation'],
  // weak or ambiguous
  ['Native TensorRT support', null],
  ['Online learning.', null],
  ['More to be identified and launched', null],
  ['Support common Tensor/Math operations.', null],
  ['Specialized vector indexing for edge cases HNSW is not good at', null],
  ['Of course we welcome help', null],
  ['', null],
];

describe('resolveItem', () => {
  for (const [text, id] of ITEMS) {
    test(`${text.slice(0, 70)} -> ${id}`, () => assert.equal(resolver.resolveItem(text)?.id ?? null, id));
  }
  test('every item text above is real (found in the seeds or corpus)', () => {
    const all = ['seeds', 'corpus'].flatMap((folder) => {
      const dir = join(sharedDir(), folder);
      return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' '));
    }).join('\n');
    const invented = new Set(['Model zoo', 'Improve documentation', 'Of course we welcome help', '']);
    for (const [text] of ITEMS) {
      if (invented.has(text)) continue;
      const probe = text.replace(/\s+/g, ' ').slice(0, 40);
      assert.ok(all.includes(probe), `"${probe}" occurs in the shared files`);
    }
  });
});

/**
 * Regressions from the seed golden tests, each with other phrasings of the same rule, so that the fix is the
 * rule and not the seed sentence.
 */
describe('resolveItem: rules found by the seed golden tests', () => {
  const cases = (name: string, rows: Array<[string, string | null]>) => test(name, () => {
    for (const [text, id] of rows) assert.equal(resolver.resolveItem(text)?.id ?? null, id, text);
  });

  cases('models moved into repositories of their own are the model zoo (words may stand between)', [
    ['Breaking out models into their own repositories (you can follow this issue for more information).', 'models'],
    ['Split the models out into separate repositories', 'models'],
    ['Model repositories for each task', 'models'],
    ['Break out the NLP models from the core library', 'models'],
    // no models, or a sentence between the words: no signal
    ['The tf.contrib module moved to separate repositories', null],
    ['Retrain the model. Repositories get a new layout', null],
  ]);

  cases('at equal scores a specific scaling keyword beats generic ease-of-use words', [
    ['Easy multi-GPU utilization with Estimators', 'scalability'],
    ['Simple distributed training with Estimators', 'scalability'],
    ['Make multi-node training easier and more intuitive', 'scalability'],
    // Keras is itself a strong usability signal: the sum decides
    ['Easy multi-GPU training with Keras', 'usability'],
  ]);

  cases('one-word keywords match camelCase-split and spaced forms', [
    ['Simpler export to a GraphDef/SavedModel', 'deployment'],
    ['Export to SavedModel', 'deployment'],
    ['Export models in the saved model format', 'deployment'],
    ['TFLite converter improvements', 'deployment'],
  ]);

  cases('bare "tools" is weak; developer tooling needs a tooling word', [
    ['Rich set of tools for probabilistic and statistical analysis in tf.distributions and tf.probability', null],
    ['Statistical tools for hypothesis testing, convergence diagnostics, and sample statistics', null],
    ['Set of tools for Bayesian inference and sampling', null],
    ['Developer tools for debugging pipelines', 'tooling'],
    ['CLI tool to scaffold a new project', 'tooling'],
    ['Add tooling so any user can easily measure the total number of floating-point operations', 'tooling'],
  ]);

  cases('an item that names two themes equally strongly is ambiguous; lineage is tooling, data lineage is data', [
    ['Data augmentation lineage comparison.', null],
    ['Data augmentation cache and lineage', null],
    ['Model lineage tracking and comparison', 'tooling'],
    ['Training result lineage', 'tooling'],
    ['Data lineage across feature views', 'data'],
  ]);

  cases('supporting an operating system or CPU architecture is platform work; deploying to one is deployment', [
    ['Support iOS.', 'platform'],
    ['Add support for Windows.', 'platform'],
    ['ARM64 support', 'platform'],
    ['Runs on Raspberry Pi', 'platform'],
    ['Deploy models to iOS and Android devices', 'deployment'],
    ['Support TensorFlow Lite on iOS', 'deployment'],
    ['Support deployment on Android devices', 'deployment'],
  ]);

  test('the word "them" is not theming', () => {
    assert.equal(resolver.resolveSection('Let them choose')?.source, 'slug');
    assert.equal(resolver.resolveSection('Theming')?.id, 'ui');
  });
});

describe('taxonomy', () => {
  test('exactly the canonical ids', () => {
    assert.deepEqual(BUILTIN_THEMES.map((t) => t.id).sort(), [
      'architecture', 'community', 'data', 'deployment', 'documentation', 'integrations', 'models', 'observability',
      'performance', 'platform', 'reliability', 'scalability', 'security', 'tooling', 'ui', 'usability',
    ]);
  });

  test('colors are distinct and read on light and dark backgrounds (contrast >= 3:1)', () => {
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const colors = BUILTIN_THEMES.map((t) => t.color);
    assert.equal(new Set(colors).size, colors.length);
    for (const theme of BUILTIN_THEMES) {
      assert.match(theme.color, /^#[0-9a-f]{6}$/);
      const y = luminance(theme.color);
      assert.ok(contrast(y, 1) >= 3, `${theme.id} on white`);
      assert.ok(contrast(y, luminance('#1b1b1d')) >= 3, `${theme.id} on dark`);
    }
  });

  test('every keyword weight is 0..3 and parses', () => {
    for (const theme of BUILTIN_THEMES) {
      for (const keyword of theme.keywords) {
        const weight = /\^(\d+)$/.exec(keyword)?.[1];
        assert.ok(weight === undefined || Number(weight) <= 3, `${theme.id}: ${keyword}`);
      }
    }
  });
});

describe('configuration', () => {
  test('a new theme with aliases and keywords', () => {
    const r = createThemeResolver({search: {label: 'Search', aliases: ['Search and Discovery'], keywords: ['vector search', 'hybrid search'], color: '#123456'}});
    assert.deepEqual(r.resolveSection('🔭 Search and Discovery'), {id: 'search', label: 'Search', color: '#123456', source: 'alias', score: 100});
    assert.equal(r.resolveSection('Search')?.source, 'alias', 'the label is an alias');
    assert.equal(r.resolveItem('Hybrid Search and Sparse Vectors')?.id, 'search');
    assert.deepEqual(r.describe('search'), {id: 'search', label: 'Search', color: '#123456'});
  });

  test('extending a built-in: label and color replace, aliases and keywords add', () => {
    const r = createThemeResolver({performance: {label: 'Speed & Efficiency', color: '#000000', aliases: ['Go fast'], keywords: ['hnsw']}});
    assert.equal(r.resolveSection('Go fast')?.id, 'performance');
    assert.equal(r.resolveSection('Performance')?.label, 'Speed & Efficiency');
    assert.equal(r.resolveItem('HNSW index tuning')?.id, 'performance');
    assert.deepEqual(r.describe('performance'), {id: 'performance', label: 'Speed & Efficiency', color: '#000000'});
  });

  test('user aliases win over built-in aliases, user keywords over built-in keywords', () => {
    const r = createThemeResolver({inference: {aliases: ['Inference Framework'], keywords: ['inference']}});
    assert.equal(r.resolveSection('Inference Framework')?.id, 'inference');
    assert.equal(r.resolveItem('Protect data privacy during training and inference.')?.id, 'inference');
    assert.equal(createThemeResolver().resolveSection('Inference Framework')?.id, 'deployment');
  });

  test('a keyword weight suffix is honoured', () => {
    const r = createThemeResolver({search: {keywords: ['discovery^1']}});
    assert.equal(r.resolveItem('Discovery')?.id ?? null, null, 'weight 1 is too weak for an item');
  });
});

describe('describe, determinism, caching', () => {
  test('describe knows built-ins, slugs seen so far, and echoes unknown ids', () => {
    const r = createThemeResolver();
    assert.deepEqual(r.describe('security'), {id: 'security', label: 'Security', color: '#e33d3d'});
    r.resolveSection('Probabilistic Reasoning and Statistical Analysis:');
    assert.deepEqual(r.describe('probabilistic-reasoning-and-statistical-analysis'),
      {id: 'probabilistic-reasoning-and-statistical-analysis', label: 'Probabilistic Reasoning and Statistical Analysis', color: null});
    assert.deepEqual(r.describe('nope'), {id: 'nope', label: 'nope', color: null});
  });

  test('results do not depend on call order or on the resolver instance', () => {
    const texts = HEADINGS.map(([h]) => h);
    const a = createThemeResolver();
    const b = createThemeResolver();
    const forward = texts.map((t) => a.resolveSection(t));
    const backward = [...texts].reverse().map((t) => b.resolveSection(t)).reverse();
    assert.deepEqual(forward, backward);
    assert.deepEqual(texts.map((t) => a.resolveSection(t)), forward, 'cached answers equal first answers');
  });

  test('ties between themes are broken by position, then by taxonomy order', () => {
    assert.equal(resolver.resolveSection('Documentation and Usability')?.id, 'documentation');
    assert.equal(resolver.resolveSection('Usability and Documentation')?.id, 'usability');
    assert.equal(resolver.resolveItem('Protect data privacy during training and inference.')?.id, 'security');
  });
});

describe('slugify', () => {
  const CASES: Array<[string, string]> = [
    ['Contrib', 'contrib'],
    ['Probabilistic Reasoning and Statistical Analysis:', 'probabilistic-reasoning-and-statistical-analysis'],
    ['  Déjà Vu — Straße  ', 'deja-vu-strasse'],
    ['性能优化', '性能优化'],
    ['MindInsight调试调优', 'mindinsight调试调优'],
    ['2.1 Docker exec', '2-1-docker-exec'],
    ['TensorFlow.js', 'tensorflow-js'],
  ];
  for (const [text, slug] of CASES) test(`${text} -> ${slug}`, () => assert.equal(slugify(text), slug));

  test('at most 64 characters, cut at a word boundary', () => {
    const slug = slugify('An extremely long heading that goes on and on about many different things at once');
    assert.ok(slug.length <= 64);
    assert.ok(!slug.endsWith('-'));
    assert.ok('an-extremely-long-heading-that-goes-on-and-on-about-many-different-things'.startsWith(slug));
  });

  test('never empty for non-empty input, empty for empty input', () => {
    for (const text of ['🚀', '—', '!!!', ' ']) assert.ok(slugify(text).length > 0, JSON.stringify(text));
    assert.notEqual(slugify('🚀'), slugify('🎉'));
    assert.equal(slugify(''), '');
  });
});
