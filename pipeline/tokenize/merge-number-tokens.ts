// Characters of a Latin or numeric run: 2023, 173.89, IPV6, HTTPS (half- and full-width).
const ALPHANUMERIC = /^[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+$/;
// A run already merged, possibly with one decimal point inside (173.8 while 173.89 is being joined).
const MERGED_RUN = /^[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+([.\uff0e][0-9\uff10-\uff19]+)?$/;
const DECIMAL_POINT = /^[.\uff0e]$/;
const DIGIT_AT_START = /^[0-9\uff10-\uff19]/;
const DIGIT_AT_END = /[0-9\uff10-\uff19]$/;

/**
 * Joins the pieces jieba cuts numbers and Latin words into (2023 → 2/0/2/3, 173.89 → 1/7/3/./8/9,
 * IPV6 → I/P/V/6) back into one term each, so that a year or an amount counts as one term.
 */
export function mergeNumberTokens(tokens: readonly string[]): string[] {
  const merged: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const previous = merged.length > 0 ? merged[merged.length - 1] : undefined;
    if (previous !== undefined && ALPHANUMERIC.test(token) && MERGED_RUN.test(previous)) {
      merged[merged.length - 1] = previous + token;
    } else if (previous !== undefined && isDecimalPoint(token, previous, tokens[index + 1])) {
      // 173 . 89: the point joins the number only when digits stand on both sides.
      merged[merged.length - 1] = previous + token + tokens[index + 1];
      index++;
    } else {
      merged.push(token);
    }
  }
  return merged;
}

function isDecimalPoint(token: string, previous: string, next: string | undefined): boolean {
  return DECIMAL_POINT.test(token) && DIGIT_AT_END.test(previous) && ALPHANUMERIC.test(previous)
    && next !== undefined && ALPHANUMERIC.test(next) && DIGIT_AT_START.test(next);
}
