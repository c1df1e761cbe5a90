import path from 'node:path';

/**
 * `.cache/notices` beside the output folder (`outputs/` → `./.cache/notices`): kept with the
 * runs it speeds up, whoever installed the tool and wherever, and left out of version control
 * by the usual `.cache/` ignore rule.
 */
export function defaultCacheFolder(outputFolder: string): string {
  return path.join(path.dirname(path.resolve(outputFolder)), '.cache', 'notices');
}
