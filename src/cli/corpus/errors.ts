/** Why a corpus run could not go on. The CLI prints the message and exits 1 (2 for `usage`). */
export type CorpusErrorCode =
  /** A flag combination that cannot work, found before any record is read. */
  | 'usage'
  /** An input file cannot be opened or read (the run goes on with the next one). */
  | 'io'
  /** The output (-o, --rejects, stdout) cannot be written: the run stops there. */
  | 'output'
  /** A line longer than the record size limit: the input is probably not JSON lines. */
  | 'record_too_large'
  /** A worker could not start (its options failed to load). */
  | 'worker'

export class CorpusError extends Error {
  override readonly name = 'CorpusError'
  constructor(
    readonly code: CorpusErrorCode,
    message: string,
  ) {
    super(message)
  }
}
