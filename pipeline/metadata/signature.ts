import terms from './agency-terms.json';
import { withArabicDates, type CalendarDate } from './dates';
import { isWebDebris } from './web-debris';

/** The signing body and date at the end of a notice. */
export interface Signature {
  /** As signed (中共东营市大数据局党组); `null` when the notice is unsigned. */
  publisher: string | null;
  date: CalendarDate | null;
}

const DATE_LINE = /^(.*?)\s*(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const SENTENCE_PUNCTUATION = /[。,,;;::!?!?]/;

/**
 * Reads the signature: the date line after the last paragraph (2026年1月9日) and the body
 * named above it or before it on the same line. Page footers below it are skipped.
 * `lines` are the notice's lines normalised for parsing; `originalLines` are quoted.
 */
export function findSignature(lines: string[], originalLines: string[]): Signature {
  const lastIndexes = nonEmptyLineIndexesFromEnd(lines, terms.signatureLinesToRead);
  for (const index of lastIndexes) {
    const line = lines[index].trim();
    if (line.endsWith('。')) break;
    const match = DATE_LINE.exec(withArabicDates(line));
    if (!match) continue;
    const date = { year: Number(match[2]), month: Number(match[3]), day: Number(match[4]) };
    const sameLine = match[1].trim();
    if (sameLine !== '') {
      // 中共X党组 2021年5月12日 signs on one line; 更新时间 2024年7月26日 does not.
      const signs = looksLikeSigner(sameLine) && terms.organisationEndings.some((ending) => sameLine.endsWith(ending));
      return { publisher: signs ? originalLines[index].trim().slice(0, sameLine.length) : null, date };
    }
    const above = lastIndexes.find((candidate) => candidate < index);
    if (above !== undefined && looksLikeSigner(lines[above].trim())) return { publisher: originalLines[above].trim(), date };
    // Some notices put the date first and sign below it; only a party organisation's name signs there.
    const below = lastIndexes.filter((candidate) => candidate > index).pop();
    const signsBelow = below !== undefined && signsAsParty(lines[below].trim());
    return { publisher: signsBelow ? originalLines[below].trim() : null, date };
  }
  // Unsigned by date: a last line that names a party organisation still signs the notice.
  for (const index of lastIndexes) {
    const line = lines[index].trim();
    if (isWebDebris(line)) continue;
    return { publisher: signsAsParty(line) ? originalLines[index].trim() : null, date: null };
  }
  return { publisher: null, date: null };
}

/** True for a line that names a party organisation (中共X党组, 中共X委员会) and nothing else. */
function signsAsParty(line: string): boolean {
  return terms.partySuffixes.some((suffix) => line.endsWith(suffix)) && looksLikeSigner(line);
}

function looksLikeSigner(line: string): boolean {
  return line.length >= 2 && line.length <= terms.longestSignature && !SENTENCE_PUNCTUATION.test(line) && !isWebDebris(line);
}

function nonEmptyLineIndexesFromEnd(lines: string[], count: number): number[] {
  const indexes: number[] = [];
  for (let index = lines.length - 1; index >= 0 && indexes.length < count; index--) {
    if (lines[index].trim() !== '') indexes.push(index);
  }
  return indexes;
}
