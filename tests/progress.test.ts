import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../pipeline/progress';

/** A stream that records what is written, with a clock the test moves. */
function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { write: (text: string) => void written.push(text), isTTY, columns: 120 } };
}

describe('createProgress({ total, stream, quiet })', () => {
  it('draws files done / total, notices per second and the time left on one line redrawn with \\r on a terminal', () => {
    const { written, stream } = fakeStream(true);
    let clock = 0;
    const progress = createProgress({ total: 4, stream, now: () => clock });
    clock = 2000;
    progress.advance(1);
    expect(written.at(-1)).toBe('\r[######------------------] 1/4 files · 0.5 notices/s · ETA 6s\x1b[K');
    clock = 2050;
    progress.advance(1);
    // Less than 100 ms later: not drawn again.
    expect(written).toHaveLength(1);
    const figures = progress.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
    expect(figures).toEqual({ filesDone: 2, filesTotal: 4, notices: 2, elapsedMilliseconds: 2050, noticesPerSecond: 2000 / 2050 });
  });

  it('prints a logged line above the bar and draws the bar again below it', () => {
    const { written, stream } = fakeStream(true);
    let clock = 0;
    const progress = createProgress({ total: 2, stream, now: () => clock });
    clock = 1000;
    progress.advance(1);
    progress.log('error: a.txt: [ingest] INGEST_EMPTY_FILE: file is empty');
    expect(written.slice(1, 3)).toEqual(['\r\x1b[K', 'error: a.txt: [ingest] INGEST_EMPTY_FILE: file is empty\n']);
    expect(written.at(-1)).toMatch(/^\r\[#{12}-{12}\] 1\/2 files/);
  });

  it('writes no bar and no control characters when the stream is not a terminal, or when quiet', () => {
    for (const [isTTY, quiet] of [[false, false], [true, true]]) {
      const { written, stream } = fakeStream(isTTY);
      const progress = createProgress({ total: 1, stream, quiet });
      progress.advance(1);
      progress.log('warning: b.txt: [segment] SEGMENT_TRUNCATED: the text stops inside problem 3');
      progress.finish();
      expect(written).toEqual(['warning: b.txt: [segment] SEGMENT_TRUNCATED: the text stops inside problem 3\n']);
    }
  });
});

describe('formatDuration(milliseconds)', () => {
  it('writes tenths under a second, then seconds, minutes with seconds, or hours with minutes', () => {
    expect(formatDuration(420)).toBe('0.4s');
    expect(formatDuration(960)).toBe('1s');
    expect(formatDuration(42_400)).toBe('42s');
    expect(formatDuration(185_000)).toBe('3m05s');
    expect(formatDuration(3_720_000)).toBe('1h02m');
  });
});
