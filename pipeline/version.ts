import { readFileSync } from 'node:fs';

/** The tool's version, from package.json: recorded in run.json and in cache keys. */
export const TOOL_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
