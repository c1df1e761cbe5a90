import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes to a temporary name beside the target, then renames: an interrupted run leaves
 * the previous file or the new one, never half of one.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.partial`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
