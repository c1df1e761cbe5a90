/**
 * Chinese numerals as notices write them in counts and headings: 四, 十一, 二十三,
 * 一百零八, 两, 〇, and the financial forms some notices number their areas with (壹、贰、叁,
 * 拾壹); digits pass through. Returns `null` for anything else.
 */
export function parseChineseNumber(written: string): number | null {
  const text = written.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '' || ![...text].every((character) => character in DIGITS || character in UNITS)) return null;

  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const character of text) {
    if (character in DIGITS) {
      digit = DIGITS[character];
      continue;
    }
    const unit = UNITS[character];
    if (unit === 10_000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      // 十 alone means ten: 十一 = 11.
      section += (digit ?? 1) * unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** The heading numerals in their order, for checking that a sequence runs on (一 → 二). */
export const CHINESE_DIGIT_CHARACTERS = '〇零一二三四五六七八九十百千万两';

// The financial forms (大写数字) with their traditional variants, as cheques and some notices write them.
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};

const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10_000 };
