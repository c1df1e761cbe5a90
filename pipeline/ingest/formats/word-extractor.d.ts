// The package ships no types; this is the part of its API that the .doc reader uses.
declare module 'word-extractor' {
  interface WordDocumentTextOptions {
    /** When true (the default), curly quotes become ASCII quotes: we keep the notice as written. */
    filterUnicode?: boolean;
  }

  interface WordDocument {
    getBody(options?: WordDocumentTextOptions): string;
  }

  class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }

  export default WordExtractor;
}
