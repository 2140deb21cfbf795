/**
 * `npm run cli -- <command> …`: the engine from a terminal. See main/cli/run-cli.ts.
 */
import { runCli } from './cli/run-cli';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`clippings: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
