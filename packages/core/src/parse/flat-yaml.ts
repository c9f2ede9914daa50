/**
 * The front matter most roadmaps have, a few `key: plain words` lines ("title: Project roadmap"), read
 * without the YAML library: that library is slow until the JIT has seen it many times, and a build reads
 * only a handful of front matters. Anything else (quotes, numbers, booleans, lists, comments, URLs, blank
 * lines, repeated keys…) gives null and is left to the library. On what it accepts, the result is what
 * YAML 1.2 (core schema) reads: a mapping of strings.
 */

/**
 * A key and a plain scalar that starts with a Latin letter or an ideograph and holds no character that YAML could read as
 * syntax (`:` and `#` for mappings and comments, flow and node indicators) or as a break (controls).
 */
const LINE = /^([A-Za-z][\w-]*):[ ]+([A-Za-z\u4e00-\u9fff][^\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff#:{}[\]&*!|>%@`]*)$/;
/** Plain scalars that the core schema does not read as strings. */
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

export function readFlatYaml(source: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const match = LINE.exec(line);
    if (!match) return null;
    const key = match[1]!;
    const value = match[2]!;
    if (NOT_STRINGS.has(key) || NOT_STRINGS.has(value) || value.endsWith(' ') || Object.hasOwn(data, key)) return null;
    data[key] = value;
  }
  return data;
}
