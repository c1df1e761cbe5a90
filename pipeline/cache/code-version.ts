import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../version';

const PIPELINE_FOLDER = fileURLToPath(new URL('..', import.meta.url));
let computed: string | null = null;

/**
 * The tool's version and a hash of the pipeline's own files (code and data lists): part of
 * every cache key, so that results made by other code are never reused, even when the
 * version number was not raised (as while the stages are being worked on).
 */
export function codeVersion(): string {
  if (computed === null) {
    const hash = createHash('sha256');
    for (const file of listFiles(PIPELINE_FOLDER)) {
      hash.update(`${path.relative(PIPELINE_FOLDER, file)}\n`);
      hash.update(readFileSync(file));
    }
    computed = `${TOOL_VERSION}+${hash.digest('hex').slice(0, 16)}`;
  }
  return computed;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return /\.(ts|js|json|txt)$/.test(entry.name) ? [full] : [];
    });
}
