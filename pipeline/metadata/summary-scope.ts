const TOP_HEADING = /^\s*[一二三四五六七八九十]+、/;
const SUB_HEADING = /^\s*(?:\(?[一二三四五六七八九十]+\)|\d+[.、]|[一二三四五六七八九十]+是)/;

/**
 * The parts of a notice that speak for the whole rectification: the opening, the first
 * section (how the rectification was organised) and the first paragraph of each later section
 * (二、… 目前,6个方面24个主要问题…). Counts inside one problem's text are not notice-wide.
 * A notice without 一、 headings is taken whole.
 */
export function noticeWidePassages(lines: string[]): string[] {
  const firstHeading = lines.findIndex((line) => TOP_HEADING.test(line));
  if (firstHeading < 0) return lines;
  const passages: string[] = [];
  let section = 0;
  let inSummary = true;
  for (const line of lines) {
    if (TOP_HEADING.test(line)) {
      section += 1;
      inSummary = true;
      continue;
    }
    if (section >= 2 && SUB_HEADING.test(line)) inSummary = false;
    if (inSummary) passages.push(line);
  }
  return passages;
}
