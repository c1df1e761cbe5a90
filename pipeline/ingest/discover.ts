import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, SourceFile } from '../types';

/**
 * File endings the pipeline reads; everything else under an input folder is passed over. The
 * ending only selects the file: what it is read as is decided by its content.
 */
// Government sites also save pages as .shtml and .xhtml.
export const INPUT_EXTENSIONS = ['.txt', '.html', '.htm', '.shtml', '.xhtml', '.docx', '.doc', '.pdf', '.mhtml', '.mht', '.rtf'];

export interface Discovery {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/**
 * Every input file under the given paths, recursively, in a stable order (by relative
 * path, by code point), so that runs over the same corpus list the same notices.
 */
export async function discoverSourceFiles(inputPaths: string[]): Promise<Discovery> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const inputPath of inputPaths) {
    const absolute = path.resolve(inputPath);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      diagnostics.push(discoveryError(inputPath, 'INGEST_PATH_NOT_FOUND', `input path does not exist: ${inputPath}`));
    } else if (info.isDirectory()) {
      const found = await listInputFiles(absolute);
      if (found.length === 0) {
        diagnostics.push(discoveryError(inputPath, 'INGEST_NO_INPUT_FILES', `no ${INPUT_EXTENSIONS.join(' / ')} files under ${inputPath}`));
      }
      files.push(...found.map((file) => sourceFile(file, path.relative(absolute, file))));
    } else {
      files.push(sourceFile(absolute, path.basename(absolute)));
    }
  }
  return { files: withUniqueNoticeIds(files.sort((a, b) => compareCodePoints(a.file, b.file))), diagnostics };
}

async function listInputFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    // A symbolic link is listed too: one to a notice is read through, a broken one is reported unreadable, not lost.
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && INPUT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function sourceFile(absolute: string, relative: string): SourceFile {
  const file = relative.split(path.sep).join('/');
  return { path: absolute, file, noticeId: file.slice(0, file.length - path.extname(file).length) };
}

/** Two inputs with one name (a.txt beside a.html, or the same name in two input folders) keep distinct ids. */
function withUniqueNoticeIds(files: SourceFile[]): SourceFile[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const count = (seen.get(file.noticeId) ?? 0) + 1;
    seen.set(file.noticeId, count);
    return count === 1 ? file : { ...file, noticeId: `${file.noticeId}~${count}` };
  });
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function discoveryError(inputPath: string, code: string, message: string): Diagnostic {
  return { file: inputPath, stage: 'ingest', severity: 'error', code, message };
}
