import { definePhraseRule } from '../../helpers/phrase-rule.js'
import de from './phrases.de.js'
import en from './phrases.en.js'
import es from './phrases.es.js'
import fr from './phrases.fr.js'
import it from './phrases.it.js'
import nl from './phrases.nl.js'
import pl from './phrases.pl.js'
import pt from './phrases.pt.js'

/** Labels of ad slots ("Advertisement", "Anzeige", "Publicité") and "continue below the ad" notes. */
export const adLabel = definePhraseRule({
  meta: {
    id: 'spam-ad/ad-label',
    category: 'spam-ad',
    description: 'Remove advertisement labels left where an ad slot was ("Advertisement", "Anzeige", "Publicité").',
    recommended: true,
    defaultOptions: { maxWords: 12 },
  },
  what: 'an advertisement label',
  phrases: [en, de, fr, es, it, nl, pt, pl],
})
