import { definePhraseRule } from '../../helpers/phrase-rule.js'
import de from './phrases.de.js'
import en from './phrases.en.js'
import es from './phrases.es.js'
import fr from './phrases.fr.js'
import it from './phrases.it.js'
import nl from './phrases.nl.js'
import pl from './phrases.pl.js'
import pt from './phrases.pt.js'

/** Newsletter and mailing-list sign-up boxes. */
export const newsletterSignup = definePhraseRule({
  meta: {
    id: 'newsletter/signup',
    category: 'newsletter',
    description: 'Remove newsletter sign-up boxes ("Sign up for our newsletter", "Get the latest news in your inbox").',
    recommended: true,
    defaultOptions: { maxWords: 60 },
  },
  what: 'a newsletter sign-up prompt',
  phrases: [en, de, fr, es, it, nl, pt, pl],
})
