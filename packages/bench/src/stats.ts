/** Small numeric helpers shared by the benchmarks. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const mb = (bytes: number) => bytes / 1024 / 1024;
export const kb = (bytes: number) => bytes / 1024;

/** "within budget" / "over budget": benchmarks report, they never fail on a budget. */
export function verdict(ok: boolean): string {
  return ok ? 'within budget' : 'over budget';
}
