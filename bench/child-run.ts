import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MEASURED_RUN = fileURLToPath(new URL('./measured-run.ts', import.meta.url));

/** What one run of the pipeline cost, as its own process saw it and as the benchmark timed it from outside. */
export interface ChildRun {
  /** From starting the process to its exit: start-up, loading and writing included. */
  wallMilliseconds: number;
  peakRssBytes: number;
  cpuMilliseconds: number;
}

/** Runs `notices <args>` in a child process and returns its figures; a failed run throws. */
export async function runChild(args: readonly string[], cwd: string): Promise<ChildRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'notices-bench-run-'));
  const resultFile = path.join(scratch, 'result.json');
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MEASURED_RUN, ...args], {
      cwd,
      env: { ...process.env, NOTICES_BENCH_RESULT: resultFile },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const wallMilliseconds = performance.now() - started;
  try {
    if (code !== 0) throw new Error(`notices ${args.join(' ')} exited with ${code}`);
    const result = JSON.parse(await readFile(resultFile, 'utf8'));
    return { wallMilliseconds, peakRssBytes: result.peakRssBytes, cpuMilliseconds: result.cpuMilliseconds };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
