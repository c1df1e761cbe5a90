import { open, rename, rm, type FileHandle } from 'node:fs/promises';

// Chunks are gathered up to this size before a write: one system call per few hundred rows.
const FLUSH_BYTES = 1 << 20;

/** A file written piece by piece under a temporary name and renamed into place when complete. */
export interface PartFile {
  /** The final path. */
  readonly file: string;
  /** Appends text (as UTF-8) or bytes; they reach the disk in large writes. */
  append(content: string | Uint8Array): Promise<void>;
  /** Writes what is left and renames the part file to its final name; returns that name. */
  commit(): Promise<string>;
  /** Writes what is left and closes the part file without renaming it, for a file only needed during the run; returns its path. */
  close(): Promise<string>;
  /** Removes the part file (after a failure, or once read): the previous file, if any, stays as it was. */
  discard(): Promise<void>;
}

/**
 * Opens `<file>.<pid>.partial` for writing. As with `writeFileAtomic`, an interrupted run
 * leaves the previous file or the new one, never half of one; unlike it, the content never
 * has to be held in memory as a whole.
 */
export async function openPartFile(file: string): Promise<PartFile> {
  const temporary = `${file}.${process.pid}.partial`;
  const handle: FileHandle = await open(temporary, 'w');
  let pending: (string | Uint8Array)[] = [];
  let pendingLength = 0;
  let closed = false;

  const flush = async () => {
    if (pending.length === 0) return;
    const pieces = pending;
    pending = [];
    pendingLength = 0;
    if (pieces.every((piece) => typeof piece === 'string')) await handle.write(pieces.join(''), null, 'utf8');
    else await handle.write(Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece))));
  };

  const close = async () => {
    if (!closed) {
      await flush();
      await handle.close();
      closed = true;
    }
    return temporary;
  };

  return {
    file,
    close,
    async append(content) {
      pending.push(content);
      pendingLength += content.length;
      if (pendingLength >= FLUSH_BYTES) await flush();
    },
    async commit() {
      await close();
      await rename(temporary, file);
      return file;
    },
    async discard() {
      pending = [];
      if (!closed) await handle.close().catch(() => undefined);
      closed = true;
      await rm(temporary, { force: true });
    },
  };
}
