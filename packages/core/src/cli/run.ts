/** Process entry of the CLI (the published bin imports the compiled copy of this). */
import {runCli} from './main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD && process.env.npm_lifecycle_event === 'roadmark' ? process.env.INIT_CWD : process.cwd(),
});
