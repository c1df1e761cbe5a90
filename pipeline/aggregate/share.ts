/**
 * `part / whole` rounded to four decimals, or `null` when there is no whole: a share of
 * nothing is not zero, and a spreadsheet should show it empty.
 */
export function share(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 10_000) / 10_000;
}
