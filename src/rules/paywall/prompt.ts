import { definePhraseRule } from '../../helpers/phrase-rule.js'
import { de, en, es, fr } from './phrases.js'

/** Paywall boxes and "already a subscriber? Log in" notes. */
export const paywallPrompt = definePhraseRule({
  meta: {
    id: 'paywall/prompt',
    category: 'paywall',
    description: 'Remove paywall prompts ("Subscribe to continue reading", "Already a subscriber? Log in").',
    recommended: true,
    defaultOptions: { maxWords: 70 },
  },
  what: 'a paywall prompt',
  phrases: [en, de, fr, es],
})
