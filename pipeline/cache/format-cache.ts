import { formatBytes } from './cache-limits';
import type { CacheContents } from './describe-cache';
import type { PruneSummary } from './prune-cache';

/** One line of what pruning freed and left: `freed 1.2 GB (300 entries, 1 run) in FOLDER; 4.1 GB left (9,000 entries, 4 runs)`. */
export function formatPruneSummary(summary: PruneSummary): string {
  const { removed, kept } = summary;
  const partials = removed.partials > 0 ? `, ${count(removed.partials, 'unfinished write')}` : '';
  return (
    `freed ${formatBytes(removed.bytes)} (${count(removed.entries, 'entry', 'entries')}, ${count(removed.runs, 'run')}${partials}) in ${summary.folder}; ` +
    `${formatBytes(kept.bytes)} left (${count(kept.entries, 'entry', 'entries')}, ${count(kept.runs, 'run')})\n`
  );
}

/** A few lines on what the cache holds, for `notices cache info`. */
export function formatCacheContents(contents: CacheContents): string {
  const lines = [
    `cache: ${contents.folder}`,
    `entries: ${count(contents.entries.count, 'file outcome')}, ${formatBytes(contents.entries.bytes)}`,
    `stored runs: ${contents.runs.count}, ${formatBytes(contents.runs.bytes)}`,
    `total: ${formatBytes(contents.entries.bytes + contents.runs.bytes + contents.partials.bytes)}`,
  ];
  if (contents.partials.count > 0) lines.push(`unfinished writes: ${contents.partials.count}, ${formatBytes(contents.partials.bytes)}`);
  if (contents.oldestUse !== null && contents.newestUse !== null) lines.push(`used: ${day(contents.oldestUse)} to ${day(contents.newestUse)}`);
  return `${lines.join('\n')}\n`;
}

function count(value: number, singular: string, plural = `${singular}s`): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? singular : plural}`;
}

function day(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 10);
}
