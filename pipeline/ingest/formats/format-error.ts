/**
 * A file that cannot be read as the format its bytes claim: carries the stable code that the
 * ingest stage turns into a diagnostic for `errors.csv` (the run goes on with the other files).
 */
export class IngestFormatError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'IngestFormatError';
    this.code = code;
  }
}
