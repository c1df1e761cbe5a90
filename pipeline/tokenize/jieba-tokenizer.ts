import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { USER_DICTIONARY_FILE } from '../dict';
import { mergeNumberTokens } from './merge-number-tokens';
import type { Tokenizer } from './tokenizer';

export interface TokenizerOptions {
  /** A further user dictionary (jieba format `term [frequency] [tag]`) added to the genre's own. */
  userDictionary?: string;
}

// nodejieba keeps its dictionaries in process-wide state and each load costs some 300 MB:
// it is loaded once per process, and further dictionaries are added word by word.
let dictionaryLoaded = false;
const addedDictionaries = new Set<string>();

/** A tokenizer on nodejieba with the genre's user dictionary; numbers and Latin words stay whole. */
export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  if (!dictionaryLoaded) {
    nodejieba.load({ userDict: USER_DICTIONARY_FILE });
    dictionaryLoaded = true;
  }
  if (options.userDictionary !== undefined && options.userDictionary !== USER_DICTIONARY_FILE) {
    addDictionary(options.userDictionary);
  }
  return { cut: (text: string) => mergeNumberTokens(nodejieba.cut(text)) };
}

function addDictionary(file: string): void {
  if (addedDictionaries.has(file)) return;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const [term, , tag] = line.trim().split(/\s+/);
    if (term) nodejieba.insertWord(term, tag);
  }
  addedDictionaries.add(file);
}
