import { writeFileAtomic } from '../write/atomic';
import { renderReport } from './render-report';
import type { ReportInput } from './report-input';

/** Renders the report and writes it to `file` atomically, so that a reader never opens half a page. */
export async function writeReport(input: ReportInput, file: string): Promise<void> {
  await writeFileAtomic(file, renderReport(input));
}
