import { formatDuration } from './format-duration';

/** Where progress goes: stderr, or a fake in tests. */
export interface ProgressStream {
  write(text: string): void;
  /** True when a person watches: the bar is drawn only then. */
  isTTY: boolean;
  /** Width of the terminal, when known. */
  columns?: number;
}

/** Files done so far and how fast they went. */
export interface ProgressFigures {
  filesDone: number;
  filesTotal: number;
  notices: number;
  elapsedMilliseconds: number;
  noticesPerSecond: number;
}

export interface Progress {
  /** One file is done; `notices` is how many notices it gave (0 or 1). */
  advance(notices: number): void;
  /** Prints a line (a diagnostic) above the bar, which is drawn again below it. */
  log(line: string): void;
  /** Removes the bar and returns the final figures. */
  finish(): ProgressFigures;
}

export interface ProgressOptions {
  total: number;
  stream: ProgressStream;
  /** Draws nothing (the figures are still counted). */
  quiet?: boolean;
  now?: () => number;
}

// Redrawing more often than this only costs time.
const REDRAW_MILLISECONDS = 100;
const BAR_WIDTH = 24;

/**
 * A one-line progress bar on a terminal (files done / total, notices per second, time left),
 * redrawn in place with `\r`; nothing at all when the stream is not a terminal or when quiet,
 * so that logs and pipes get no control characters. Lines logged meanwhile are printed as they come.
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const started = now();
  const drawing = options.stream.isTTY && !options.quiet;
  let filesDone = 0;
  let notices = 0;
  let lastDrawn = -Infinity;
  let shown = false;

  const figures = (): ProgressFigures => {
    const elapsedMilliseconds = now() - started;
    return {
      filesDone,
      filesTotal: options.total,
      notices,
      elapsedMilliseconds,
      noticesPerSecond: elapsedMilliseconds > 0 ? (notices * 1000) / elapsedMilliseconds : 0,
    };
  };

  const draw = () => {
    const current = figures();
    const share = options.total === 0 ? 1 : filesDone / options.total;
    const filled = Math.round(share * BAR_WIDTH);
    const remaining = filesDone === 0 ? null : (current.elapsedMilliseconds / filesDone) * (options.total - filesDone);
    const line =
      `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${filesDone}/${options.total} files` +
      ` · ${current.noticesPerSecond.toFixed(1)} notices/s · ETA ${remaining === null ? '?' : formatDuration(remaining)}`;
    const width = options.stream.columns ?? 80;
    // `\x1b[K` clears what a longer previous line left behind.
    options.stream.write(`\r${line.slice(0, Math.max(10, width - 1))}\x1b[K`);
    shown = true;
    lastDrawn = now();
  };

  const clear = () => {
    if (shown) options.stream.write('\r\x1b[K');
    shown = false;
  };

  return {
    advance(count) {
      filesDone += 1;
      notices += count;
      if (drawing && (now() - lastDrawn >= REDRAW_MILLISECONDS || filesDone === options.total)) draw();
    },
    log(line) {
      clear();
      options.stream.write(`${line}\n`);
      if (drawing && filesDone > 0) draw();
    },
    finish() {
      clear();
      return figures();
    },
  };
}
