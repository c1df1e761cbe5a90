import type { ProblemStatus } from '../types';
import { cues } from './cues';

/**
 * The status a section or area heading gives the problems under it (已完成整改… → completed,
 * 长期整改… → long_term), or `null`. Where a heading names both, the cue written first wins.
 */
export function statusFromHeading(normalizedHeading: string): ProblemStatus | null {
  let best: { status: ProblemStatus; position: number } | null = null;
  for (const status of ['completed', 'long_term'] as const) {
    for (const cue of cues.statusCues[status]) {
      const position = normalizedHeading.indexOf(cue);
      if (position !== -1 && (best === null || position < best.position)) best = { status, position };
    }
  }
  return best?.status ?? null;
}
