import { fileURLToPath } from 'node:url';

export { STOP_WORDS, isStopWord } from './stop-words';

/** The genre's user dictionary for the tokenizer (jieba format: `term [frequency] [tag]`). */
export const USER_DICTIONARY_FILE = fileURLToPath(new URL('./user-dictionary.txt', import.meta.url));
