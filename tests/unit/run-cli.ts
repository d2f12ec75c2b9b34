import { execFile } from 'node:child_process';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command-line script as `npm run …` would, minus npm's own banner. */
export function runCli(script: string, args: readonly string[]): Promise<CliOutcome> {
  return new Promise((done) => {
    execFile('node_modules/.bin/tsx', [script, ...args], { cwd: process.cwd() }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
