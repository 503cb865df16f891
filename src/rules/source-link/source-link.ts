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
 * Aggregator footers pointing at the original ("Source link", "Originally published at …",
 * "The post … appeared first on …"). Prefixes only count in short blocks that do not read like a
 * sentence of the article: "Source: Reuters" goes, a sentence that begins "Source:" and goes on
 * for forty words stays.
 */
export const sourceLink = definePhraseRule({
  meta: {
    id: 'source-link/source-link',
    category: 'source-link',
    description: 'Remove aggregator footers that point at the original article ("Source link", "Originally published at …").',
    recommended: true,
    defaultOptions: { maxWords: 30 },
  },
  what: 'a link back to the original source',
  phrases: [en, de, fr, es, it, nl, pt, pl],
})
