/**
 * Named confidence levels, so that rules written by different people weigh alike.
 * A removal happens when its confidence reaches the preset's threshold (recommended: 0.6) and no
 * keep verdict of equal or greater confidence protects the block.
 */
/** The block is this cruft and nothing else: an exact label such as "Advertisement" or "Leave a Reply". */
export const CERTAIN = 0.95
/** A distinctive phrase in a short block, or a header and the list it introduces. */
export const STRONG = 0.85
/** A phrase family that is usually cruft, in a block shaped like cruft. */
export const LIKELY = 0.7
/** Enough to remove with the aggressive preset, not with the recommended one. */
export const POSSIBLE = 0.5
/** A hint only. */
export const WEAK = 0.3
