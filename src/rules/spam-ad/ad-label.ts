import { definePhraseRule } from '../../helpers/phrase-rule.js'
import { de, en, es, fr } from './phrases.js'

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
  phrases: [en, de, fr, es],
})
