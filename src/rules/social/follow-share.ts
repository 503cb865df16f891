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
    if (hit.kind === 'pattern' && !addressesReader(block.norm)) return false
    return hit.kind === 'label' ? 0.95 : hit.kind === 'prefix' ? 0.85 : 0.7
  },
})
