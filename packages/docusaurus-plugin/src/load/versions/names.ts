/** Version names become folder names and URL segments: the rules of plugin-content-docs, with messages that say which rule. */

const RULES: [RegExp, string][] = [
  [/[/\\]/, 'must not contain a slash (/) or backslash (\\)'],
  [/.{33,}/, 'must not be longer than 32 characters'],
  // eslint-disable-next-line no-control-regex
  [/[<>:"|?*#%\x00-\x1F\x7F]/, 'must be usable as a folder name and URL segment (no < > : " | ? * # % or control characters)'],
  [/^\.\.?$/, 'must not be "." or ".."'],
  [/^current$/, 'must not be "current": that name is the working folder'],
  [/^\s|\s$/, 'must not start or end with whitespace'],
];

/** The first rule the name breaks, as a sentence; null when the name is fine. */
export function versionNameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return `version names must be strings (got ${JSON.stringify(name)})`;
  if (!name.trim()) return 'a version name must contain a non-whitespace character';
  for (const [pattern, message] of RULES) if (pattern.test(name)) return `version name "${name}" ${message}`;
  return null;
}

export function validateVersionNames(names: unknown, file: string): asserts names is string[] {
  if (!Array.isArray(names)) {
    throw new Error(`The versions file ${file} must hold an array of version names, newest first (found ${JSON.stringify(names)}).`);
  }
  const seen = new Set<string>();
  for (const name of names) {
    const problem = versionNameProblem(name);
    if (problem) throw new Error(`The versions file ${file} is invalid: ${problem}.`);
    if (seen.has(name)) throw new Error(`The versions file ${file} lists version "${name}" twice.`);
    seen.add(name);
  }
}
