import type { Block } from '../types.js'
import { patternRequirements } from './required-literals.js'
import { TRIGGERS } from './trigger-index.js'

/**
 * Sources of the regexes that left a gate open since the process started. A gate that lets every
 * block through is correct but costs the rule its speed, silently (one built-in rule's gate was
 * open for a two-letter literal): a test requires that no built-in rule leaves one open.
 */
export const openGates: string[] = []

/**
 * A cheap "could one of these regexes match here?" for rules that run their own regexes: each
 * regex's required literals go into the shared trigger index, and a block that holds none of
 * them is ruled out without running the regexes (or normalising the block). When the literals of
 * any one regex cannot be worked out, the gate lets every block through.
 */
export function literalGate(...regexes: RegExp[]): (block: Block) => boolean {
  // Ids are small integers: a byte per id answers membership several times faster than a Set,
  // and this runs for every block of every gated rule. Ids registered later are past its end.
  let wanted = new Uint8Array(0)
  const gate = (block: Block): boolean => {
    const found = TRIGGERS.probe(block)
    for (let i = 0; i < found.length; i++) if (wanted[found[i]!] === 1) return true
    return false
  }
  const ids = new Set<number>()
  for (const re of regexes) {
    const { clauses, wordStart } = patternRequirements(re.source)
    if (!clauses) {
      openGates.push(re.source)
      // Literals registered for the regexes before this one are given back with the gate.
      return () => true
    }
    // The gate owns its literals: a rule made for one document gives them back with its gate.
    for (const id of TRIGGERS.add(clauses[0]!, wordStart, gate)) ids.add(id)
  }
  wanted = new Uint8Array(Math.max(0, ...ids) + 1)
  for (const id of ids) wanted[id] = 1
  return gate
}
