// Runs the CLI once and records what it cost, for the benchmark: the benchmark starts this
// in a child process per configuration, so that each run's peak memory is its own.
import { writeFileSync } from 'node:fs';
import { main } from '../pipeline/cli';

const resultFile = process.env.NOTICES_BENCH_RESULT;
const started = performance.now();
const exitCode = await main(process.argv.slice(2));
const usage = process.resourceUsage();
if (resultFile) {
  // maxRSS is in kilobytes and covers the worker threads, which share the process.
  writeFileSync(resultFile, JSON.stringify({ exitCode, milliseconds: performance.now() - started, peakRssBytes: usage.maxRSS * 1024, cpuMilliseconds: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
}
process.exitCode = exitCode;
