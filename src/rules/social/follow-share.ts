import { definePhraseRule } from '../../helpers/phrase-rule.js'
import { addressesReader } from '../common/reader-address.js'
import de from './phrases.de.js'
import en from './phrases.en.js'
import es from './phrases.es.js'
import fr from './phrases.fr.js'
import it from './phrases.it.js'
import nl from './phrases.nl.js'
import pl from './phrases.pl.js'
import pt from './phrases.pt.js'

/**
 * Prompts to follow the publisher or share the page. Patterns need the block to address the
 * reader ("follow us on…"): "The suspect's social media accounts were deleted" is news.
 */
/**
 * A follow button with a name: the verb, then one to four capitalised words and nothing else
 * ("Follow Hardtail Canada", "Suivez Le Monde"). "Follow the money" has a lower-case word and stays.
 */
const FOLLOW_NAME = /^\+?\s*(?:[Ff]ollow|FOLLOW|[Ff]olge|[Ff]olgen [Ss]ie|[Ss]uivez|[Ss]igue a|[Ss]egui|[Vv]olg|[Ss]iga|[Oo]bserwuj)(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){1,4}$/u

export const followShare = definePhraseRule({
  meta: {
    id: 'social/follow-share',
    category: 'social',
    description: 'Remove prompts to follow the publisher or share the article ("Follow us on Facebook", "Share this article").',
    recommended: true,
    defaultOptions: { maxWords: 60 },
  },
  what: 'a follow or share prompt',
  phrases: [en, de, fr, es, it, nl, pt, pl],
  accept(block, hit) {
    // "Follow Hardtail Canada", "Folgen Sie SPIEGEL": a follow button with the publisher's name.
    if (hit.kind === 'pattern' && FOLLOW_NAME.test(block.text)) return 0.85
    if (hit.kind === 'pattern' && !addressesReader(block.norm)) return false
    return hit.kind === 'label' ? 0.95 : hit.kind === 'prefix' ? 0.85 : 0.7
  },
})
