/** `0.4s`, `42s`, `3m05s`, `1h02m`: a duration as a person reads it on a progress line. */
export function formatDuration(milliseconds: number): string {
  // Under a second (a run restored from the cache) it reads as 0.4s, not 0s.
  if (milliseconds < 950) return `${(Math.max(0, milliseconds) / 1000).toFixed(1)}s`;
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
