import { open, rename, rm, type FileHandle } from 'node:fs/promises';

// Appends are gathered up to this size before a write: one system call per few hundred rows.
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
  // What is appended is copied (or encoded) into one buffer, written when full and then filled
  // again: the appended texts die young, and the main thread's heap does not fill with buffers
  // held until the next write, which only a full collection frees.
  const buffer = Buffer.allocUnsafe(FLUSH_BYTES);
  let used = 0;
  let closed = false;
  // Appends run one after another, so that a write never overlaps the filling of the buffer.
  let queue: Promise<void> = Promise.resolve();

  const flush = async () => {
    if (used === 0) return;
    const length = used;
    used = 0;
    await writeWhole(buffer.subarray(0, length));
  };

  const writeWhole = async (bytes: Uint8Array) => {
    for (let from = 0; from < bytes.length; ) from += (await handle.write(bytes, from, bytes.length - from)).bytesWritten;
  };

  const appendNow = async (content: string | Uint8Array) => {
    if (typeof content === 'string') {
      for (let rest = content; rest.length > 0; ) {
        const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
        used += written;
        rest = rest.slice(read);
        if (rest.length > 0) await flush();
      }
    } else if (used + content.length <= FLUSH_BYTES) {
      buffer.set(content, used);
      used += content.length;
    } else {
      await flush();
      if (content.length >= FLUSH_BYTES) await writeWhole(content);
      else {
        buffer.set(content, 0);
        used = content.length;
      }
    }
  };

  const close = async () => {
    await queue;
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
    append(content) {
      queue = queue.then(() => appendNow(content));
      return queue;
    },
    async commit() {
      await close();
      await rename(temporary, file);
      return file;
    },
    async discard() {
      await queue.catch(() => undefined);
      used = 0;
      if (!closed) await handle.close().catch(() => undefined);
      closed = true;
      await rm(temporary, { force: true });
    },
  };
}

const encoder = new TextEncoder();
