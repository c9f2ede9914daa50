/**
 * The three seeds' complete expected models, written by hand from the source text.
 * Titles are normalized prefixes (compare-tree.ts); every item, nesting and link is listed.
 */
import type {Status} from '../../src/model.js';

export interface ExpectedPeriod {
  label: string;
  start: string;
  end: string;
}

export interface ExpectedItem {
  line: number;
  /** A prefix (~40 chars) of the item's title, compared after normalization. */
  title: string;
  /** Headings that must appear, in order, in the item's section path. */
  section: string[];
  period: ExpectedPeriod | null;
  /**
   * Canonical theme id: the item's own clear signal, else the nearest heading that maps to a taxonomy
   * theme, else the nearest heading's slug, else the parent's theme. Absent = not checked.
   */
  theme?: string | null;
  status: Status | null;
  /** All URLs of the item's own text (not its children's), in any order. */
  links: string[];
  children: ExpectedItem[];
}

export interface ExpectedSeed {
  file: string;
  title: string | null;
  updated: string | null;
  items: ExpectedItem[];
  /** Source list lines that are not items, each with the diagnostic rule that accounts for it. */
  notItems?: Array<{line: number; rule: string}>;
}

type Shared = Pick<ExpectedItem, 'section' | 'period' | 'theme' | 'status'>;
type Entry = (line: number, title: string, more?: {links?: string[]; children?: ExpectedItem[]; theme?: string | null}) => ExpectedItem;

/** Items that share section, period, theme and status; `more.theme` is an item whose own words name another theme. */
function group(shared: Shared): Entry {
  return (line, title, more = {}) => ({
    ...shared,
    ...('theme' in more ? {theme: more.theme} : {}),
    line,
    title,
    links: more.links ?? [],
    children: more.children ?? [],
  });
}

// --- 000: AllenNLP, Q4 2019 ---------------------------------------------------------------
const Q4_2019: ExpectedPeriod = {label: '2019 Q4', start: '2019-10-01', end: '2019-12-31'};
const allen = (theme: string): Entry =>
  group({section: ['Q4 2019 (October, November, December)'], period: Q4_2019, theme, status: null});
const models = allen('models');
const perf = allen('performance');
const issue = (n: number): string => `https://github.com/allenai/allennlp/issues/${n}`;

export const allennlp: ExpectedSeed = {
  file: 'seeds/000_64b5bf8194547f1e.txt',
  title: 'Roadmap',
  updated: null,
  items: [
    // Model repositories (this roadmap's model-zoo item); the quarter heading is a period, not a topic.
    // Known classifier gap: only model^1 scores, so the parser falls back to the title's slug.
    models(10, 'Breaking out models into their own repos', {
      links: [issue(3351)],
      children: [
        models(12, 'Semantic Parsing', {links: ['https://github.com/allenai/allennlp-semparse']}),
        models(14, 'Reading Comprehension', {links: ['https://github.com/allenai/allennlp-reading-comprehension']}),
      ],
    }),
    perf(18, 'Better supporting our initiative around', {
      links: ['https://arxiv.org/abs/1907.10597'],
      children: [
        perf(20, 'Improve the performance of AllenNLP', {
          children: [
            // Own words beat the parent: distributed training, data loading.
            perf(22, 'Using DistributedDataParallel for multi', {links: [issue(2536)], theme: 'scalability'}),
            perf(24, 'Native pytorch Multiprocessing for data', {links: [issue(3079)], theme: 'data'}),
            perf(26, 'Mixed Precision Training', {links: [issue(2149)]}),
          ],
        }),
        perf(28, 'Add tooling so any user can easily measure', {links: [issue(3436)], theme: 'tooling'}),
      ],
    }),
    allen('documentation')(31, 'Launching a first version of an AllenNLP'),
  ],
};

// --- 001: TensorFlow, Feb 2018 ------------------------------------------------------------
// The theme passed with each sub-area is what its heading gives ("APIs" itself maps to no theme).
const tf = (area: string) => (subArea: string | null, theme: string): Entry =>
  group({section: subArea ? [area, subArea] : [area], period: null, theme, status: null});
const apis = tf('APIs');
const platforms = tf('Platforms');
const performance = tf('Performance');
const community = tf('Community and Partner Engagement');
const highLevel = apis('High Level APIs:', 'usability');
const eager = apis('Eager Execution:', 'usability');
const keras = apis('Keras API:', 'usability');
const contrib = apis('Contrib:', 'contrib');
const probability = apis('Probabilistic Reasoning and Statistical Analysis:', 'probabilistic-reasoning-and-statistical-analysis');
const lite = platforms('TensorFlow Lite:', 'deployment');
const distributed = performance('Distributed TensorFlow:', 'scalability');
const optimizations = performance('Optimizations:', 'performance');
const docs = tf('Documentation and Usability:')(null, 'documentation');
const sigs = community('Special Interest Groups:', 'community');
const communityArea = community('Community:', 'community');

export const tensorflow: ExpectedSeed = {
  file: 'seeds/001_b413af0621f7a2d8.txt',
  title: 'Roadmap',
  updated: '2018-02-15',
  items: [
    // Multi-GPU utilization, like lines 21, 30 and 62. Known classifier gap: easy^1 + estimator^2 tie multi gpu^3.
    highLevel(17, 'Easy multi-GPU utilization with Estimators', {theme: 'scalability'}),
    highLevel(18, 'Easy-to-use high-level pre-made estimators'),
    eager(21, 'Efficient utilization of multiple GPUs', {theme: 'scalability'}),
    eager(22, 'Distributed training (multi-machine)', {theme: 'scalability'}),
    eager(23, 'Performance improvements', {theme: 'performance'}),
    // Export for serving. Known classifier gap: camelCase splits "SavedModel", so 'savedmodel' never matches.
    eager(24, 'Simpler export to a GraphDef/SavedModel', {theme: 'deployment'}),
    keras(27, 'Better integration with tf.data (ability', {theme: 'data'}),
    keras(28, 'Full support for Eager Execution (both'),
    keras(30, 'Better distribution/multi-GPU support and', {theme: 'scalability'}),
    apis('Official Models:', 'models')(33, 'A set of reference models across image', {
      links: ['https://github.com/tensorflow/models/tree/master/official'],
    }),
    contrib(40, 'Deprecation notices added to parts of tf'),
    contrib(41, 'As much as possible, large projects inside'),
    contrib(42, 'The tf.contrib module will eventually be'),
    // Statistical library features, not developer tooling. Known classifier gap: 'tools' alone scores tooling.
    probability(46, 'Rich set of tools for probabilistic and'),
    probability(48, 'Statistical tools for hypothesis testing'),
    probability(49, 'Edward 2.0: High-level API for probabilis', {theme: 'usability'}),
    lite(53, 'Increased coverage of supported ops in'),
    lite(54, 'Easier conversion of a trained TensorFlow'),
    lite(55, 'Support for GPU acceleration in TensorFlow'),
    lite(56, 'Support for hardware accelerators via', {theme: 'platform'}),
    lite(57, 'Improved CPU performance by quantization', {theme: 'performance'}),
    lite(58, 'Increased support for devices beyond', {theme: 'platform'}),
    distributed(62, 'Multi-GPU support optimized for a variety'),
    distributed(63, 'Improved mechanisms for distributing'),
    optimizations(66, 'Mixed precision training support with'),
    optimizations(67, 'Native TensorRT support'),
    optimizations(68, 'Int8 support for SkyLake via MKL'),
    optimizations(69, 'Dynamic loading of SIMD-optimized kernels'),
    docs(72, 'Updated documentation, tutorials and'),
    docs(73, 'Process to enable external contributions'),
    sigs(77, 'Mobilizing the community to work together'),
    sigs(78, 'tf-distribute: build and packaging of', {
      links: ['https://groups.google.com/a/tensorflow.org/forum/#!forum/tf-distribute'],
    }),
    communityArea(82, 'Incorporate public feedback on significant'),
    communityArea(83, 'Formalize process for external'),
    communityArea(84, 'Grow global TensorFlow communities and'),
    communityArea(85, 'Collaborate with partners to co-develop'),
  ],
  // "More to be identified and launched" promises SIGs; it is not one.
  notItems: [{line: 79, rule: 'placeholder-item'}],
};

// --- 002: MindSpore r0.6 ------------------------------------------------------------------
const ms = (heading: string, theme: string): Entry =>
  group({section: ['RoadMap', heading], period: null, theme, status: null});
// The numbered intro list sits under the document title, which is no topic: only its own words theme it.
const intro = (theme: string | null): Entry => group({section: ['RoadMap'], period: null, theme, status: null});
const preset = ms('Preset Models', 'models');
const usability = ms('Usability', 'usability');
const msPerf = ms('Performance Optimization', 'performance');
const arch = ms('Architecture Evolution', 'architecture');
const insight = ms('MindInsight Debugging and Optimization', 'tooling');
const armour = ms('MindArmour Security Hardening Package', 'security');
const inference = ms('Inference Framework', 'deployment');

export const mindspore: ExpectedSeed = {
  file: 'seeds/002_ae7effc8cc45ed7f.txt',
  title: 'RoadMap',
  updated: null,
  items: [
    intro('models')(8, 'Support more preset models'),
    intro('usability')(9, 'Continuously supplement APIs and operator'),
    // Hardware, performance and architecture named alike: no clear signal, no topic heading.
    intro(null)(10, 'Comprehensively support for Huawei Ascend'),
    intro('tooling')(11, 'Improve visualization, debugging and'),
    preset(16, 'CV: Classic models for object detection'),
    preset(17, 'NLP: RNN and Transformer neural network'),
    preset(18, 'Other: GNN, reinforcement learning'),
    usability(21, 'Supplement APIs such as operators'),
    usability(22, 'Complete the native expression support'),
    usability(23, 'Support common Tensor/Math operations'),
    usability(24, 'Add more application scenarios of', {theme: 'scalability'}),
    msPerf(27, 'Optimize the compilation time'),
    msPerf(28, 'Low-bit mixed precision training and'),
    msPerf(29, 'Improve memory utilization'),
    msPerf(30, 'Provide more fusion optimization methods'),
    msPerf(31, 'Improve the execution performance in'),
    arch(34, 'Optimize computational graph and operator', {theme: 'performance'}),
    arch(35, 'Support more programming languages'),
    arch(36, 'Optimize the automatic scheduling and', {theme: 'data'}),
    arch(37, 'Continuously improve MindSpore IR'),
    arch(38, 'Support distributed training in parameter', {theme: 'scalability'}),
    insight(41, 'Training process observation', {
      children: [
        insight(42, 'Histogram'),
        insight(43, 'Optimize the display of computational and'),
        insight(44, 'Integrate the performance profiling and'),
        insight(45, 'Support comparison between multiple'),
      ],
    }),
    // A lineage-comparison view. Known classifier gap: data augmentation^3 outweighs lineage^2.
    insight(46, 'Training result lineage', {children: [insight(47, 'Data augmentation lineage comparison')]}),
    insight(48, 'Training process diagnosis', {
      children: [insight(49, 'Performance profiling'), insight(50, 'Graph model-based debugger')],
    }),
    armour(53, 'Test the model security'),
    armour(54, 'Provide model security hardening tools'),
    armour(55, 'Protect data privacy during training and'),
    inference(58, 'Support TensorFlow, Caffe, and ONNX model'),
    // Operating-system support. Known classifier gap: ios weighs 2 for deployment and for platform (a tie).
    inference(59, 'Support iOS', {theme: 'platform'}),
    inference(60, 'Improve more CPU operators'),
    inference(61, 'Support more CV/NLP models'),
    inference(62, 'Online learning'),
    inference(63, 'Support deployment on IoT devices'),
    inference(64, 'Low-bit quantization', {theme: 'performance'}),
    inference(65, 'CPU and NPU heterogeneous scheduling', {theme: 'platform'}),
  ],
};

export const expectedSeeds: readonly ExpectedSeed[] = [allennlp, tensorflow, mindspore];
