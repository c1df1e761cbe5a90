import summarySections from './summary-sections.json';

// Sections that report how the rectification was done are notice-wide wherever they stand.
const WHOLE_SECTION_CUES: readonly string[] = summarySections.wholeSectionHeadingCues;
const TOP_HEADING = /^\s*[一二三四五六七八九十]+、/;
const SUB_HEADING = /^\s*(?:\(?[一二三四五六七八九十]+\)|\d+[.、]|[一二三四五六七八九十]+是)/;

/**
 * The parts of a notice that speak for the whole rectification: the opening, the first
 * section (how the rectification was organised) and the first paragraph of each later section
 * (二、… 目前,6个方面24个主要问题…), and a later section that reports how the work was done
 * (整改工作主要做法: problems may come first). Counts inside one problem's text are not notice-wide.
 * A notice without 一、 headings is taken whole.
 */
export function noticeWidePassages(lines: string[]): string[] {
  const firstHeading = lines.findIndex((line) => TOP_HEADING.test(line));
  if (firstHeading < 0) return lines;
  const passages: string[] = [];
  let section = 0;
  let inSummary = true;
  let wholeSection = true;
  for (const line of lines) {
    if (TOP_HEADING.test(line)) {
      section += 1;
      inSummary = true;
      wholeSection = section === 1 || WHOLE_SECTION_CUES.some((cue) => line.includes(cue));
      continue;
    }
    if (!wholeSection && SUB_HEADING.test(line)) inSummary = false;
    if (inSummary) passages.push(line);
  }
  return passages;
}
