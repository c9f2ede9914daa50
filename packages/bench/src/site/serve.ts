/** `docusaurus serve` / `docusaurus start` on a free port, as servers that are always killed. */
import {docusaurusBin} from '../paths.js';
import {freePort, startServer, waitForUrl, type Server} from '../processes.js';

export interface RunningSite {
  origin: string;
  server: Server;
}

export async function startDocusaurus(command: 'serve' | 'start', siteDir: string, readyPath: string, timeoutMs: number): Promise<RunningSite> {
  const port = await freePort();
  const server = startServer(
    process.execPath,
    [docusaurusBin, command, siteDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    {cwd: siteDir},
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${origin}${readyPath}`, timeoutMs, server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {origin, server};
}
