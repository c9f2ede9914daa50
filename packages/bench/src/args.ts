/** Command-line flags of the benchmark scripts ("--items 300"). */

/** The word after `name` on the command line; undefined when the flag (or its value) is absent. */
export function flagValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** The number after `name`, or `fallback` when the flag is absent. */
export function numberFlag(name: string, fallback: number): number {
  return process.argv.indexOf(name) > 0 ? Number(flagValue(name)) : fallback;
}
