/** The machine line every benchmark prints first: figures mean little without it. */
import os from 'node:os';

export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() || 'unknown CPU';
  const ram = (os.totalmem() / 1024 ** 3).toFixed(1);
  const load = os.loadavg().map((n) => n.toFixed(2)).join(' ');
  return `machine: ${model} × ${cpus.length} cores, ${ram} GiB RAM, node ${process.version}, ${os.platform()} ${os.release()}, load average ${load}`;
}

export function printHeader(title: string, budget: string): void {
  console.log(`== ${title}`);
  console.log(machineLine());
  console.log(`budget: ${budget}`);
}
