/** The HTML report: tables → one self-contained page. */
export { renderReport } from './render-report';
export type { ReportInput } from './report-input';
export { writeReport } from './write-report';
export { writeReportFromOutputs, MAXIMUM_REPORT_CSV_BYTES, type ReportOutcome } from './report-from-outputs';
