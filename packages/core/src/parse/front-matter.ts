/** YAML front matter → plain object, with a positioned diagnostic when it is broken. */
import type {Yaml} from 'mdast';
import {LineCounter, parseDocument} from 'yaml';
import type {Diagnostic} from '../model.js';
import {readFlatYaml} from './flat-yaml.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

export function readFrontMatter(node: Yaml | undefined): FrontMatter {
  if (!node) return {data: {}, diagnostics: []};
  const flat = readFlatYaml(node.value);
  if (flat) return {data: flat, diagnostics: []};
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, {lineCounter, prettyErrors: false, uniqueKeys: false});
  // Front matter starts one line below the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const diagnostics: Diagnostic[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? 'Invalid YAML';
    return {line: firstLine + pos.line - 1, column: pos.col, severity: 'warning', message: `Front matter is not valid YAML: ${message}`, rule: 'front-matter'};
  });
  if (diagnostics.length > 0) return {data: {}, diagnostics};
  const value: unknown = doc.toJS({maxAliasCount: 100});
  if (value == null) return {data: {}, diagnostics};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      data: {},
      diagnostics: [{line: firstLine, column: 1, severity: 'warning', message: 'Front matter is not a YAML mapping: ignored', rule: 'front-matter'}],
    };
  }
  return {data: jsonSafe(value) as Record<string, unknown>, diagnostics};
}

/** Dates become ISO strings so that the model stays plain JSON. */
function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = jsonSafe(inner);
    return out;
  }
  if (typeof value === 'bigint') return Number(value);
  return value;
}
