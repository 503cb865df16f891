import type { Block } from '../types.js'
import { patternRequirements } from './required-literals.js'
import { TRIGGERS } from './trigger-index.js'

/**
 * A cheap "could this regex match here?" for rules that run their own regexes: the regex's
 * required literals go into the shared trigger index, and a block that holds none of them is
 * ruled out without running the regex (or normalising the block). When the literals cannot be
 * worked out, the gate lets every block through.
 */
export function literalGate(re: RegExp): (block: Block) => boolean {
  const { clauses, wordStart } = patternRequirements(re.source)
  if (!clauses) return () => true
  const ids = new Set(TRIGGERS.add(clauses[0]!, wordStart))
  return (block) => {
    const found = TRIGGERS.probe(block)
    for (let i = 0; i < found.length; i++) if (ids.has(found[i]!)) return true
    return false
  }
}
