import { definePhraseRule } from '../../helpers/phrase-rule.js'
import de from './phrases.de.js'
import en from './phrases.en.js'
import es from './phrases.es.js'
import fr from './phrases.fr.js'
import it from './phrases.it.js'
import nl from './phrases.nl.js'
import pl from './phrases.pl.js'
import pt from './phrases.pt.js'

/** Cookie banners and consent buttons that a scraper kept as text. */
export const cookieNotice = definePhraseRule({
  meta: {
    id: 'cookie/notice',
    category: 'cookie',
    description: 'Remove cookie banners and consent-button captions ("This website uses cookies…", "Accept all cookies").',
    recommended: true,
    defaultOptions: { maxWords: 80 },
  },
  what: 'a cookie or consent notice',
  phrases: [en, de, fr, es, it, nl, pt, pl],
  accept(block, hit) {
    // An article about cookies or privacy law is long prose; a banner is short.
    if (hit.kind === 'pattern' && block.words > 60) return false
    return hit.kind === 'label' ? 0.95 : hit.kind === 'prefix' ? 0.85 : 0.75
  },
})
