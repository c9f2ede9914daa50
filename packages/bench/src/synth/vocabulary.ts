/** Words the synthetic roadmaps are made of: themes, item titles, owners. */

/** How a theme's section lays out time: quarters, halves, Now/Next/Later buckets, or a status table. */
export type ThemeLayout = 'quarter' | 'half' | 'horizon' | 'table';

export interface ThemeSpec {
  heading: string;
  layout: ThemeLayout;
}

export const THEMES: readonly ThemeSpec[] = [
  {heading: 'Storage engine', layout: 'quarter'},
  {heading: '⚡ Query performance', layout: 'quarter'},
  {heading: 'Cloud & deployment', layout: 'half'},
  {heading: '🔒 Security and compliance', layout: 'half'},
  {heading: 'Developer experience', layout: 'horizon'},
  {heading: 'Integrations', layout: 'table'},
  {heading: 'Documentation', layout: 'horizon'},
  {heading: 'Observability', layout: 'quarter'},
];

export const VERBS = [
  'Add', 'Support', 'Improve', 'Rework', 'Ship', 'Introduce', 'Speed up', 'Stabilize',
  'Deprecate legacy', 'Migrate to', 'Expose', 'Document', 'Harden', 'Redesign',
] as const;

export const MODIFIERS = [
  'incremental', 'streaming', 'multi-region', 'read-only', 'pluggable', 'encrypted', 'async',
  'batch', 'native', 'zero-downtime', 'per-tenant', 'lazy', 'parallel', 'versioned', 'tiered',
] as const;

export const SUBJECTS = [
  'snapshot replication', 'query planner', 'index builds', 'audit logs', 'SSO login', 'plugin API',
  'CLI wizard', 'metrics export', 'schema migrations', 'backup and restore', 'rate limiting',
  'webhooks', 'search ranking', 'bulk import', 'Kubernetes operator', 'Helm chart', 'Terraform provider',
  'GraphQL gateway', 'Python client', 'TypeScript SDK', 'access tokens', 'role-based access control',
  'tracing spans', 'dashboard widgets', 'compaction', 'write-ahead log', 'cache eviction',
  'sharding', 'full-text search', 'vector indexes', 'data retention policies', 'API reference',
  'getting-started guide', 'upgrade notes', 'error messages', 'config validation',
] as const;

export const TASK_PREFIXES = ['Design doc for', 'Prototype', 'Benchmarks for', 'Docs for', 'Tests for', 'Rollout of'] as const;

export const RETITLE_SUFFIXES = ['(phase 2)', 'for large clusters', 'behind a feature flag', '(GA)', 'v2'] as const;

export const OWNERS = [
  'alice', 'bob', 'chen-wei', 'dmitri', 'eva-m', 'farah', 'gustavo', 'hana', 'ines', 'jmartin',
  'kofi', 'lena-dev', 'mateo', 'noor', 'olu', 'priya-k',
] as const;

export const PROJECTS = [
  'Atlas', 'Borealis', 'Cinder', 'Delta Lake Kit', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper',
] as const;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
