import { DecruftError } from '../errors.js'
import type { AnyRule, Rule, RuleMeta, RuleSet } from '../types.js'

const RULE_ID = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)+$/

/** Checks a rule's shape once, when it is defined, so that mistakes surface at load and not per document. */
export function defineRule<Options extends object = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  validateRule(rule as unknown as AnyRule)
  return Object.freeze(rule)
}

export function validateRule(rule: AnyRule): void {
  if (!rule || typeof rule !== 'object') throw new DecruftError('invalid_rule', 'A rule must be an object with `meta` and `create`.')
  const meta = rule.meta as RuleMeta | undefined
  if (!meta || typeof meta !== 'object') throw new DecruftError('invalid_rule', 'A rule needs a `meta` object.')
  if (typeof meta.id !== 'string' || !RULE_ID.test(meta.id)) {
    throw new DecruftError('invalid_rule', `Rule id ${JSON.stringify(meta.id)} must look like "category/name" (lower case, digits, dashes).`, { ruleId: meta.id })
  }
  if (typeof meta.category !== 'string' || !meta.category) throw new DecruftError('invalid_rule', `Rule ${meta.id} needs a category.`, { ruleId: meta.id })
  if (typeof meta.description !== 'string' || !meta.description) throw new DecruftError('invalid_rule', `Rule ${meta.id} needs a one-sentence description.`, { ruleId: meta.id })
  if (typeof meta.recommended !== 'boolean') throw new DecruftError('invalid_rule', `Rule ${meta.id} must say whether it is recommended (true or false).`, { ruleId: meta.id })
  if (meta.phase !== undefined && meta.phase !== 'block' && meta.phase !== 'structure') {
    throw new DecruftError('invalid_rule', `Rule ${meta.id}: phase must be "block" or "structure".`, { ruleId: meta.id })
  }
  if (meta.defaultOptions !== undefined && (typeof meta.defaultOptions !== 'object' || meta.defaultOptions === null || Array.isArray(meta.defaultOptions))) {
    throw new DecruftError('invalid_rule', `Rule ${meta.id}: defaultOptions must be a plain object.`, { ruleId: meta.id })
  }
  if (typeof rule.create !== 'function') throw new DecruftError('invalid_rule', `Rule ${meta.id} needs a create(context) function.`, { ruleId: meta.id })
}

/** Groups rules under a name, optionally with presets of its own (preset name → ids turned on in it). */
export function defineRuleSet(set: RuleSet): RuleSet {
  if (!set || typeof set.name !== 'string' || !set.name) throw new DecruftError('invalid_rule', 'A rule set needs a name.')
  if (!Array.isArray(set.rules)) throw new DecruftError('invalid_rule', `Rule set ${set.name} needs a rules array.`)
  const ids = new Set<string>()
  for (const rule of set.rules) {
    validateRule(rule)
    if (ids.has(rule.meta.id)) throw new DecruftError('invalid_rule', `Rule set ${set.name} defines ${rule.meta.id} twice.`, { ruleId: rule.meta.id })
    ids.add(rule.meta.id)
  }
  for (const [preset, list] of Object.entries(set.presets ?? {})) {
    if (!Array.isArray(list)) throw new DecruftError('invalid_rule', `Rule set ${set.name}: preset ${preset} must list rule ids.`)
  }
  return Object.freeze({ ...set, rules: Object.freeze([...set.rules]) })
}
