/** The HTML report: tables → one self-contained page. */
export { renderReport } from './render-report';
export type { ReportInput } from './report-input';
export { writeReport } from './write-report';
