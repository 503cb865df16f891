import { definePhraseRule } from '../../helpers/phrase-rule.js'
import de from './phrases.de.js'
import en from './phrases.en.js'
import es from './phrases.es.js'
import fr from './phrases.fr.js'
import it from './phrases.it.js'
import nl from './phrases.nl.js'
import pl from './phrases.pl.js'
import pt from './phrases.pt.js'

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
  phrases: [en, de, fr, es, it, nl, pt, pl],
})
