import { LIKELY, POSSIBLE } from '../../core/confidence.js'
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
 * Appeals to donate to or support the publisher. A pattern only counts when the block talks to
 * the reader or for the publisher: "Your generous donation allows us…" is an appeal, "The charity
 * appealed for donations after the flood" is news.
 */
/** Appeals for blood, organs or marrow ask the reader to help patients, not the publisher: news or a health notice. */
const BODILY = /\b(?:blood|plasma|platelets|organs?|bone marrow|stem cells?|donors?|blut|sang|sangre|sangue|bloed|krwi)\b|\bsaves? (?:up to )?(?:\w+ )?lives\b/

export const donationAppeal = definePhraseRule({
  meta: {
    id: 'donation/appeal',
    category: 'donation',
    description: 'Remove appeals to donate to or support the publisher ("Support Local Journalism", "Your donation helps us…").',
    recommended: true,
    defaultOptions: { maxWords: 120 },
  },
  what: 'a donation appeal',
  phrases: [en, de, fr, es, it, nl, pt, pl],
  accept(block, hit) {
    if (hit.kind !== 'pattern') return hit.kind === 'label' ? 0.95 : 0.85
    if (!addressesReader(block.norm) || BODILY.test(block.norm)) return false
    // A long paragraph that mentions giving is more likely prose ("If you want to give back, find
    // out about local charities…" in a blog post), wherever it stands.
    return block.words > 60 ? POSSIBLE : LIKELY
  },
})
