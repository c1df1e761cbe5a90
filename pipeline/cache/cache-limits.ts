/** How much the cache may keep: what is pruned after each run and by `notices cache prune`. */
export interface CacheLimits {
  /** Total bytes of entries and stored runs; the least recently used go first above it. */
  maxBytes: number;
  /** Entries and stored runs not used for longer than this many days are removed. */
  maxAgeDays: number;
}

/**
 * 5 GB: a corpus of some 10^4 long notices (an entry holds a notice's rendered rows, 100–300 KB
 * for the seeds) with room for a second version; a larger corpus still keeps all of its own
 * entries, since those of the run that prunes are never removed. 90 days: an analyst who comes
 * back to a corpus each quarter still finds it cached, while entries of old tool versions and
 * taxonomies, which nothing reads again, do not stay for ever.
 */
export const DEFAULT_CACHE_LIMITS: Readonly<CacheLimits> = { maxBytes: 5e9, maxAgeDays: 90 };

const UNIT_FACTORS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, ki: 2 ** 10, mi: 2 ** 20, gi: 2 ** 30, ti: 2 ** 40 };

/**
 * A size as people write it: `2GB`, `500M`, `1.5 GiB`, `0` (bytes without a unit). k, M, G, T are
 * powers of 1000 and Ki, Mi, Gi, Ti powers of 1024, as in ccache; the final B is optional.
 * `null` when the text is not a size.
 */
export function parseByteSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgt]i?)b?|b)?$/i.exec(text.trim());
  if (!match) return null;
  return Math.round(Number(match[1]) * UNIT_FACTORS[(match[2] ?? '').toLowerCase()]);
}

/** A number of days from 0 up (fractions allowed: `0.5` is twelve hours); `null` otherwise. */
export function parseDays(text: string): number | null {
  const days = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(days) && days >= 0 ? days : null;
}

/** Bytes in decimal units with one decimal, as `du -h --si` and file managers show them: `1.2 GB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
