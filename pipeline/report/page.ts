import { createHash } from 'node:crypto';
import { REPORT_SCRIPT } from './behaviour';
import { escapeHtml } from './escape';
import { renderSection, type ReportSection } from './section';
import { REPORT_STYLES } from './styles';

const TITLE = '巡视巡察整改进展情况通报 · 统计报告';

/**
 * The page around the sections: one file with its style and script inline. The content
 * security policy forbids every fetch, so the page provably works from a USB stick and a
 * scraped title can never load anything even if escaping failed.
 */
export function renderPage(sections: readonly ReportSection[]): string {
  const scriptHash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const navigation = sections.map((section) => `<a href="#${escapeHtml(section.id)}">${escapeHtml(section.title)}</a>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLE}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<header class="report-header">
<h1>${TITLE}</h1>
<p>根据本次运行输出的统计表生成；精确数值以同目录下的 CSV 表为准。</p>
<nav class="report-nav" aria-label="目录">
${navigation}
</nav>
</header>
<main>
${sections.map(renderSection).join('\n')}
</main>
<footer class="report-footer">本报告为单个离线文件，不联网、不加载外部资源，可直接打印。</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
