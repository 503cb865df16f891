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
 * The publisher's disclaimers under an article: "The opinions expressed … do not necessarily
 * reflect …", "Dieser Beitrag gibt die Meinung des Autors wieder", "… is not responsible for the
 * content of external sites", affiliate notices ("we may earn a commission"), the site's content
 * licence ("Except where otherwise noted, content on this site is licensed under …").
 * Trademark notices stay: press releases end with them, and news corpora count them as the release.
 * They speak about the page, not about the story. Only short blocks (`maxWords`): an article that
 * discusses such a notice is longer and stays.
 */
export const disclaimer = definePhraseRule({
  meta: {
    id: 'legal/disclaimer',
    category: 'legal',
    description: 'Remove publisher disclaimers: opinion, liability, affiliate-commission and content-licence notices.',
    recommended: true,
    defaultOptions: { maxWords: 60 },
  },
  what: 'a publisher disclaimer',
  phrases: [en, de, fr, es, it, nl, pt, pl],
})
