import { LIKELY, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { literalGate } from '../../helpers/literal-gate.js'
import { addressesReader } from '../common/reader-address.js'

/**
 * Promotions injected into articles by scraper sites and ad networks: a paragraph that pushes the
 * reader to sign up somewhere for money (seed 003: "Join the exciting world of cryptocurrency
 * trading with ByBit! … register using our referral link … sign up now and start trading!").
 *
 * Three families of signal must all be present, so that news about a bonus, a referral or a
 * sign-up stays: a call to action addressed to the reader, a money or reward lure, and a referral
 * or sign-up mechanism. Sentences are read from the natural-language parse, and only for blocks
 * that already showed all three signals.
 */
const CALL_TO_ACTION = /\b(?:sign up|register|join|claim|grab|start (?:trading|earning|investing|winning)|get started|don't miss|act now|click here|use (?:my|our|the) (?:code|link))\b/
// A sum starts where a run of digits, commas and points starts (the lookbehind): tried from every
// digit of "0.0.0.0…", the sum took time quadratic in the run's length (recheck's attack string).
const LURE = /(?:\$|€|£|usdt|\bbtc\b)\s?\d|(?<![\w,.])[.,]?\d[\d,.]*\s?(?:usd|usdt|dollars|euros?)\b|\b(?:bonus|rewards?|free spins|cashback|airdrop|profits?)\b/
const MECHANISM = /\b(?:referral|promo(?:tion)? code|bonus code|affiliate link|sign-?up bonus|welcome bonus|using (?:our|my|this) link|via (?:our|my|this) link)\b/
/** Most blocks hold none of the mechanism's words: rule them out before normalising. */
const mayHaveMechanism = literalGate(MECHANISM)
const IMPERATIVE_START = /^(?:join|sign|register|claim|grab|start|get|don't|do not|act|click|use|download|try|open|take)\b/

export const promoParagraph = defineRule({
  meta: {
    id: 'spam-ad/promo-paragraph',
    category: 'spam-ad',
    description: 'Remove injected promotions that push the reader to sign up for a reward through a referral link or code.',
    recommended: true,
    languages: ['en'],
    defaultOptions: { maxWords: 150 },
  },
  patterns: [CALL_TO_ACTION, LURE, MECHANISM, IMPERATIVE_START],
  create(context) {
    return {
      block(block) {
        if (block.words < 8 || block.words > context.options.maxWords || !mayHaveMechanism(block)) return
        const norm = block.norm
        if (!CALL_TO_ACTION.test(norm) || !LURE.test(norm) || !MECHANISM.test(norm)) return
        const sentences = context.sentences(block)
        const imperative = sentences.filter((s) => IMPERATIVE_START.test(s.trim().toLowerCase().replace(/[’]/g, "'"))).length
        // No sentence is a call to action: only a promotion when it speaks to the reader; news about
        // referral bonuses ("customers who sign up through a referral link can lose their bonus") stays.
        if (imperative === 0 && !addressesReader(norm)) return
        context.report({
          block,
          confidence: imperative > 0 ? STRONG : LIKELY,
          reason: `A promotion: it urges the reader to sign up for a reward through a referral link or code (${imperative} of ${sentences.length} sentences are calls to action).`,
        })
      },
    }
  },
})
