import { normalizeForParsing } from '../ingest/normalize';
import { parseChineseNumber } from '../text/chinese-numerals';
import { cues } from './cues';

/**
 * How many problems a notice says it was given, read in its text before the first problem
 * (反馈问题3个方面7个 → 7, 指出了4个方面32个问题 → 32), or `null` when it says none. Where several
 * counts are written (反馈25个问题,已完成整改19个), the one written first is the total.
 */
export function declaredProblemCount(introduction: string): number | null {
  const normalized = normalizeForParsing(introduction);
  let first: { index: number; count: number } | null = null;
  for (const pattern of cues.declaredProblemCounts) {
    const match = pattern.exec(normalized);
    if (match === null || (first !== null && match.index >= first.index)) continue;
    const count = /^\d+$/.test(match[1]) ? Number(match[1]) : parseChineseNumber(match[1]);
    if (count !== null && count > 0) first = { index: match.index, count };
  }
  return first?.count ?? null;
}
