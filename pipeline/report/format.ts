/**
 * Built once: `toLocaleString` with options builds a new formatter on every call, which
 * made formatting the counts of a large corpus cost more than drawing its charts.
 */
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count with thousands separators, as Chinese reports print them: `12,345`. */
export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}

/** A share (0–1) as a whole percentage, `—` when there is none. */
export function formatShare(share: number | null): string {
  if (share === null) return '—';
  return `${Math.round(share * 100)}%`;
}

/** A mean with one decimal. */
export function formatMean(value: number): string {
  return value.toFixed(1);
}

/** The level of an agency in Chinese; an unknown level is said so. */
export function levelLabel(level: string): string {
  return LEVEL_LABELS[level] ?? '级别未识别';
}

/** Levels from the top down, so that charts read like the administrative hierarchy. */
export const LEVEL_ORDER = ['province', 'city', 'district', ''];

const LEVEL_LABELS: Record<string, string> = {
  province: '省级',
  city: '市级',
  district: '区县级',
};
