import { execFile } from 'node:child_process';
import type { CaseResult } from '../bench-case';

/** How src/cli/bench-case.ts is asked to run a file: see its header. */
export type Mode = 'pdf' | 'pdf-scaled' | 'baseline' | 'open';

/** A duration as the bench prints it: "850 ms", "2.41 s". */
export const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/** One case in a process of its own, so that its memory figures are its own. */
function runCase(mode: Mode, file: string): Promise<CaseResult> {
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/bench-case.ts', mode, file], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`The ${mode} case failed: ${stderr || error.message}`));
      else done(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as CaseResult);
    });
  });
}

/** The fastest of `runs` runs of one case. */
export async function fastest(runs: number, mode: Mode, file: string): Promise<CaseResult> {
  let best: CaseResult | undefined;
  for (let i = 0; i < runs; i += 1) {
    const r = await runCase(mode, file);
    if (!best || r.ms < best.ms) best = r;
  }
  if (!best) throw new Error('no runs');
  return best;
}
