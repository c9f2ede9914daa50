import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as RoadmarkOptions} from 'docusaurus-plugin-roadmark';
import {themes as prismThemes} from 'prism-react-renderer';

const repoUrl = 'https://github.com/roadmark/roadmark';

/**
 * The three seed roadmaps share one theme vocabulary: each project words the same
 * plans differently ("Preset Models", "Official Models", "breaking out models into
 * their own repositories"), and these themes map them to one canonical id.
 */
const seedThemes: RoadmarkOptions['themes'] = {
  'mixed-precision': {
    label: 'Mixed precision',
    keywords: ['mixed precision', 'low-bit', 'fp16', 'bfloat16', 'quantization'],
    color: '#c2410c',
  },
  'distributed-training': {
    label: 'Distributed training',
    aliases: ['Distributed TensorFlow'],
    keywords: ['distributed', 'multi-gpu', 'multi gpu', 'multiple gpus', 'multi-machine', 'parallel', 'DistributedDataParallel'],
    color: '#7c3aed',
  },
  'model-zoo': {
    label: 'Model zoo',
    aliases: ['Preset Models', 'Official Models', 'Models'],
    keywords: ['model repositories', 'pre-made estimators', 'preset models', 'models'],
    color: '#0f766e',
  },
  'mobile-inference': {
    label: 'Mobile & edge inference',
    aliases: ['TensorFlow Lite', 'Inference Framework'],
    keywords: ['mobile', 'on-device', 'edge', 'lite', 'inference'],
    color: '#2563eb',
  },
  documentation: {
    label: 'Docs & learning',
    aliases: ['Documentation and Usability', 'Documentation'],
    keywords: ['course', 'tutorial', 'docs', 'documentation', 'guide'],
    color: '#a16207',
  },
};

const config: Config = {
  title: 'Roadmark',
  tagline: 'Roadmap markdown, read and compared: timelines and feature matrices for Docusaurus',
  favicon: 'img/favicon.svg',
  url: 'https://roadmark.example.org',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'warn',
  future: {v4: true, faster: true},
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-Hans'],
    localeConfigs: {
      en: {label: 'English'},
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans'},
    },
  },
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},
  presets: [
    [
      'classic',
      {
        docs: {sidebarPath: './sidebars.ts', editUrl: `${repoUrl}/edit/main/example-site/`},
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    [
      'docusaurus-plugin-roadmark',
      {
        path: 'roadmap',
        routeBasePath: 'roadmap',
        title: 'ML framework roadmaps',
        description:
          'The AllenNLP, TensorFlow and MindSpore roadmaps, read into one model: which of them plan mixed precision, distributed training, a model zoo, mobile inference and docs.',
        themes: seedThemes,
        themeOrder: ['mixed-precision', 'distributed-training', 'model-zoo', 'mobile-inference', 'documentation'],
        editUrl: `${repoUrl}/blob/main/example-site/`,
        onLintIssue: 'warn',
      } satisfies RoadmarkOptions,
    ],
    [
      'docusaurus-plugin-roadmark',
      {
        id: 'projects',
        path: 'projects',
        routeBasePath: 'projects',
        title: 'Open-source project roadmaps',
        description:
          'Real roadmaps from Qdrant, Feast, Kubeflow, Backstage, APL and Kurator: quarters, halves, release versions, checkboxes, status emoji and tables.',
        editUrl: `${repoUrl}/blob/main/example-site/`,
        onLintIssue: 'log',
      } satisfies RoadmarkOptions,
    ],
    [
      'docusaurus-plugin-roadmark',
      {
        id: 'handbook',
        path: 'handbook',
        routeBasePath: 'handbook-roadmaps',
        title: 'Fiscal-year roadmaps',
        description: 'A roadmap planned in fiscal quarters (FY23 Q2 …), with a fiscal year that starts in February.',
        fiscalYearStartMonth: 2,
        lastVersion: 'current',
        versions: {current: {label: 'FY23 Q3 plan (4a74f0b)'}, 'fy23-q2': {label: 'FY23 Q2 plan (12ade0d)'}},
        editUrl: `${repoUrl}/blob/main/example-site/`,
      } satisfies RoadmarkOptions,
    ],
    // Versioned roadmaps: one instance per project, its releases as versions.
    [
      'docusaurus-plugin-roadmark',
      {
        id: 'tensorflow',
        path: 'tensorflow',
        routeBasePath: 'tensorflow',
        title: 'TensorFlow roadmap',
        description: 'The TensorFlow roadmap as it read in February, April and September 2018 and in June 2019, and what changed between them.',
        themes: seedThemes,
        lastVersion: 'current',
        versions: {
          current: {label: 'Jun 2019'},
          '2018-09': {label: 'Sep 2018'},
          '2018-04': {label: 'Apr 2018'},
          '2018-02': {label: 'Feb 2018'},
        },
        editUrl: `${repoUrl}/blob/main/example-site/`,
        onLintIssue: 'log',
      } satisfies RoadmarkOptions,
    ],
    [
      'docusaurus-plugin-roadmark',
      {
        id: 'mindspore',
        path: 'mindspore',
        routeBasePath: 'mindspore',
        title: 'MindSpore roadmap',
        description: 'The MindSpore roadmap of releases r0.6, r0.7, r1.2 and r1.5, with Chinese translations of each.',
        themes: seedThemes,
        lastVersion: 'current',
        versions: {current: {label: 'r1.5', path: 'r1.5'}},
        // Only r0.7 gets its own page against r1.5; the change log compares r0.6 in the browser.
        latestComparePages: 1,
        editUrl: `${repoUrl}/blob/main/example-site/`,
        onLintIssue: 'log',
      } satisfies RoadmarkOptions,
    ],
    [
      'docusaurus-plugin-roadmark',
      {
        id: 'qdrant',
        path: 'qdrant',
        routeBasePath: 'qdrant',
        title: 'Qdrant 2024 roadmap',
        description: 'The Qdrant 2024 roadmap as first published, every box unchecked, and as ticked off during the year.',
        lastVersion: 'current',
        versions: {current: {label: '2024, ticked'}, '2024-published': {label: '2024, as published'}},
        editUrl: `${repoUrl}/blob/main/example-site/`,
        onLintIssue: 'log',
      } satisfies RoadmarkOptions,
    ],
    [
      'docusaurus-plugin-roadmark',
      {
        id: 'feast',
        path: 'feast',
        routeBasePath: 'feast',
        title: 'Feast roadmap',
        description: 'Two versions of the Feast feature-store roadmap checklist (commits 01f0f4e and 237c773).',
        lastVersion: 'current',
        versions: {current: {label: '237c773'}, '2021': {label: '01f0f4e'}},
        editUrl: `${repoUrl}/blob/main/example-site/`,
        onLintIssue: 'log',
      } satisfies RoadmarkOptions,
    ],
    [
      'docusaurus-plugin-roadmark',
      {
        id: 'fixtures',
        path: 'fixtures',
        routeBasePath: 'fixtures',
        title: 'Test fixtures',
        description: 'Hostile and empty roadmap files: nothing in them may run or break the page.',
        onLintIssue: 'log',
      } satisfies RoadmarkOptions,
    ],
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Roadmark',
      logo: {alt: 'Roadmark', src: 'img/favicon.svg'},
      items: [
        {to: '/roadmap', label: 'Roadmaps', position: 'left'},
        {to: '/projects', label: 'Projects', position: 'left'},
        {to: '/roadmap/compare', label: 'Compare', position: 'left'},
        {
          type: 'dropdown',
          label: 'Versions',
          position: 'left',
          items: [
            {to: '/tensorflow/changes', label: 'TensorFlow'},
            {to: '/mindspore/changes', label: 'MindSpore'},
            {to: '/qdrant/changes', label: 'Qdrant 2024'},
            {to: '/feast/changes', label: 'Feast'},
            {to: '/handbook-roadmaps/changes', label: 'Sourcegraph'},
          ],
        },
        {type: 'docSidebar', sidebarId: 'guide', label: 'Guide', position: 'left'},
        // The plugin's version dropdown for the TensorFlow roadmap: keeps the reader on the same view.
        {type: 'custom-roadmapVersionDropdown', roadmapPluginId: 'tensorflow', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Roadmaps',
          items: [
            {label: 'ML frameworks', to: '/roadmap'},
            {label: 'Open-source projects', to: '/projects'},
            {label: 'Fiscal-year roadmaps', to: '/handbook-roadmaps'},
          ],
        },
        {title: 'Guide', items: [{label: 'Add the plugin to your site', to: '/docs/adding-the-plugin'}]},
      ],
      copyright: 'Roadmaps © their projects, quoted from their public repositories.',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
};

export default config;
