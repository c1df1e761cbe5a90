/**
 * The page's style sheet. Fonts are the ones the reader's computer has (no web fonts: the
 * file must open offline); print hides the controls and keeps rows whole.
 */
export const REPORT_STYLES = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5c5c5c; --rule: #d9d9d9; --accent: #0072b2; --warn: #b35900; --paper: #ffffff; --band: #f6f7f9; }
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.6;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif; }
header.report-header { padding: 1.5rem 2rem 0.75rem; border-bottom: 1px solid var(--rule); background: var(--band); }
header.report-header h1 { margin: 0 0 0.25rem; font-size: 1.6rem; }
header.report-header p { margin: 0 0 0.5rem; color: var(--muted); }
nav.report-nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
nav.report-nav a { color: var(--accent); text-decoration: none; }
nav.report-nav a:hover, nav.report-nav a:focus { text-decoration: underline; }
main { padding: 0 2rem 2rem; max-width: 1400px; }
.report-section { margin-top: 2rem; }
.report-section h2 { font-size: 1.25rem; border-left: 4px solid var(--accent); padding-left: 0.5rem; margin: 0 0 0.75rem; }
.intro, .note { color: var(--muted); margin: 0 0 0.75rem; }
.note.missing { color: var(--warn); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 0.75rem; margin: 0; }
.figure { border: 1px solid var(--rule); border-radius: 6px; padding: 0.75rem 1rem; background: var(--band); }
.figure dt { color: var(--muted); font-size: 0.9rem; }
.figure dd { margin: 0; }
.figure-value { display: block; font-size: 1.6rem; font-weight: bold; font-variant-numeric: tabular-nums; }
.figure-detail { display: block; color: var(--muted); font-size: 0.85rem; }
.chart-scroll, .table-scroll { overflow-x: auto; }
svg { display: block; max-width: none; }
svg text { font-family: inherit; }
svg text:not([fill]) { fill: var(--ink); }
svg text.muted { fill: var(--muted); }
svg .heat-row:hover rect { stroke: var(--ink); stroke-width: 1; }
.legend { margin-top: 0.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); position: sticky; top: 0; z-index: 1; white-space: nowrap; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.identifier { color: var(--muted); white-space: nowrap; font-size: 0.85rem; }
td.mismatch { color: var(--warn); font-weight: bold; }
tr.audit-mismatch td.verdict { color: var(--warn); font-weight: bold; }
.verdict-detail { display: block; font-weight: normal; font-size: 0.8rem; color: var(--muted); }
.notice-title { max-width: 28rem; }
.tag { display: inline-block; padding: 0 0.4rem; border: 1px solid var(--accent); border-radius: 3px; color: var(--accent); font-size: 0.8rem; white-space: nowrap; }
.tag.secondary { border-style: dashed; }
.flag { display: inline-block; margin-left: 0.4rem; padding: 0 0.3rem; background: var(--band); border: 1px solid var(--rule); border-radius: 3px; font-size: 0.75rem; color: var(--muted); }
.evidence { min-width: 14rem; }
.evidence .cue { display: block; font-size: 0.8rem; color: var(--muted); }
.evidence .cue-category { color: var(--ink); }
.problem-table td:first-child { min-width: 8rem; }
.problem-title { min-width: 14rem; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: center; margin-bottom: 0.5rem; }
.filters input[type="search"] { width: 26rem; max-width: 100%; padding: 0.35rem 0.5rem; font: inherit; border: 1px solid #8c8c8c; border-radius: 4px; }
.filters select { font: inherit; padding: 0.25rem; }
.count { color: var(--muted); margin: 0 0 0.5rem; }
.controls button { font: inherit; padding: 0.2rem 0.75rem; border: 1px solid var(--accent); background: var(--paper); color: var(--accent); border-radius: 4px; cursor: pointer; }
.recurring-group { border: 1px solid var(--rule); border-radius: 6px; margin-bottom: 0.5rem; }
.recurring-group summary { display: grid; grid-template-columns: 4.5rem 1fr auto auto; gap: 0.75rem; align-items: baseline; padding: 0.5rem 0.75rem; cursor: pointer; }
.recurring-group[open] summary { border-bottom: 1px solid var(--rule); background: var(--band); }
.recurring-group summary .tag { justify-self: start; }
.group-id { color: var(--muted); font-size: 0.85rem; }
.group-counts { color: var(--muted); font-size: 0.85rem; white-space: nowrap; }
.group-agencies { margin: 0.5rem 0.75rem; color: var(--muted); font-size: 0.9rem; }
.group-problems { margin: 0 0 0.5rem; }
.group-note { margin: 0 0.75rem 0.5rem; }
.group-problems td:first-child { white-space: nowrap; }
footer.report-footer { padding: 1rem 2rem 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); }
@media (max-width: 800px) {
  main, header.report-header { padding-left: 1rem; padding-right: 1rem; }
  .recurring-group summary { grid-template-columns: 1fr; gap: 0.25rem; }
}
@media print {
  html { font-size: 10.5pt; }
  nav.report-nav, .filters, .controls, .count { display: none; }
  header.report-header { background: none; padding: 0 0 0.5rem; }
  main { padding: 0; max-width: none; }
  .chart-scroll, .table-scroll { overflow: visible; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr, .figure, .recurring-group summary, svg { break-inside: avoid; }
  .report-section { break-before: auto; }
  .report-section h2 { break-after: avoid; }
  a { color: inherit; }
  svg { max-width: 100%; height: auto; }
}
`;
