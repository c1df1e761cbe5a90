import { parentPort, workerData } from 'node:worker_threads';
import { writeWorkbookJob, type WorkbookJob } from './workbook-thread';

// One workbook per thread: write it, say which sheets were cut, and end.
try {
  const truncated = await writeWorkbookJob(workerData as WorkbookJob);
  parentPort?.postMessage({ truncated });
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).stack ?? String(error) });
}
