import { definePhraseRule } from '../../helpers/phrase-rule.js'
import de from './phrases.de.js'
import en from './phrases.en.js'
import es from './phrases.es.js'
import fr from './phrases.fr.js'
import it from './phrases.it.js'
import nl from './phrases.nl.js'
import pl from './phrases.pl.js'
import pt from './phrases.pt.js'

/**
 * Prompts to install the publisher's app. Short blocks only (default 30 words): an article about
 * an app ("Users can download the app from Monday") is longer and ends like a sentence.
 */
export const installApp = definePhraseRule({
  meta: {
    id: 'app-promo/install-app',
    category: 'app-promo',
    description: 'Remove prompts to install the publisher\'s app ("Install the Sky News app for free", "Get it on Google Play").',
    recommended: true,
    defaultOptions: { maxWords: 30 },
  },
  what: 'an app-install prompt',
  phrases: [en, de, fr, es, it, nl, pt, pl],
  accept(block, hit) {
    if (hit.kind !== 'pattern') return hit.kind === 'label' ? 0.95 : 0.85
    // A sentence-shaped block about an app is usually news; a call to action has no full stop or addresses the reader.
    return block.endsLikeSentence && block.words > 12 ? false : 0.75
  },
})
