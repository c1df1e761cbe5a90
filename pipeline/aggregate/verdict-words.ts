import { STOP_WORDS } from '../dict';
import verdicts from './verdict-words.json' with { type: 'json' };

/**
 * The terms left out when problems are compared or keywords are ranked: the shared stop
 * words plus the verdicts that judge a finding without naming it (`verdict-words.json`).
 */
export const FINDING_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...verdicts.words]);
