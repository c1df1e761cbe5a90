import { readFile, stat } from 'node:fs/promises';
import { MAXIMUM_INPUT_BYTES } from '../ingest';
import type { Diagnostic, SourceFile } from '../types';

/** The bytes of an input file, or the diagnostic that says why they could not be read. */
export type SourceBytes = { bytes: Uint8Array; diagnostic: null } | { bytes: null; diagnostic: Diagnostic };

/**
 * Reads an input file's bytes (in the main thread when they are hashed for the cache, else in
 * the worker that processes them), with the same limits and diagnostics as `ingestFile`.
 */
export async function readSourceBytes(source: SourceFile): Promise<SourceBytes> {
  const fail = (code: string, message: string): SourceBytes => ({
    bytes: null,
    diagnostic: { file: source.file, stage: 'ingest', severity: 'error', code, message },
  });
  try {
    const info = await stat(source.path);
    if (info.size > MAXIMUM_INPUT_BYTES) {
      return fail('INGEST_FILE_TOO_LARGE', `file is ${megabytes(info.size)} MB, over the ${megabytes(MAXIMUM_INPUT_BYTES)} MB limit for a notice`);
    }
    return { bytes: await readFile(source.path), diagnostic: null };
  } catch (error) {
    return fail('INGEST_UNREADABLE', `cannot read the file: ${(error as Error).message}`);
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
