/**
 * Every error decruft throws on purpose is a `DecruftError` with a stable `code`, so callers can
 * branch on the code instead of parsing messages.
 */
export type DecruftErrorCode =
  /** The input is not a string, Buffer, Uint8Array or DOM Document. */
  | 'invalid_input'
  /** An option has the wrong type or an unknown value. */
  | 'invalid_option'
  /** `options.rules` names a rule that no loaded rule set defines. */
  | 'unknown_rule'
  /** A preset name that no loaded rule set defines. */
  | 'unknown_preset'
  /** A rule definition is malformed (missing meta, bad id, duplicate id). */
  | 'invalid_rule'
  /** A pattern in a user rule cannot be compiled by the linear-time engine. */
  | 'invalid_pattern'
  /** The input is larger than `limits.maxInputBytes`. */
  | 'input_too_large'
  /** HTML nesting deeper than `limits.maxDepth`. */
  | 'too_deep'
  /** HTML with more elements than `limits.maxElements`. */
  | 'too_many_elements'
  /** Text with more blocks (paragraphs) than `limits.maxBlocks`. */
  | 'too_many_blocks'
  /** The document took longer than `limits.timeBudgetMs`. */
  | 'timeout'
  /** A rule threw while cleaning; `details.ruleId` names it and `cause` holds what it threw. */
  | 'rule_failed'

export class DecruftError extends Error {
  override readonly name = 'DecruftError'
  readonly code: DecruftErrorCode
  /** Extra machine-readable facts (the limit, the offending id, …). */
  readonly details: Readonly<Record<string, unknown>>

  constructor(code: DecruftErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.details = details
  }
}
