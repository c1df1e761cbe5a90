/**
 * Orders Chinese names the way a reader looks them up (by pinyin), with the code-point
 * order as a tie-break so that the order never depends on anything but the names.
 */
const collator = new Intl.Collator('zh-Hans-CN');

/** Compares two names for sorting: pinyin first, then code points. */
export function compareNames(left: string, right: string): number {
  return collator.compare(left, right) || (left < right ? -1 : left > right ? 1 : 0);
}
