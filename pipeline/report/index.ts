/** The HTML report: tables → one self-contained page. */
export { renderReport, renderReportContent } from './render-report';
export type { ReportContent } from './report-content';
export type { ReportInput } from './report-input';
export { writeReport } from './write-report';
export { writeReportFromOutputs } from './report-from-outputs';
