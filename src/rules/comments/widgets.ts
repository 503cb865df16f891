import { definePhraseRule } from '../../helpers/phrase-rule.js'
import de from './phrases.de.js'
import en from './phrases.en.js'
import es from './phrases.es.js'
import fr from './phrases.fr.js'
import it from './phrases.it.js'
import nl from './phrases.nl.js'
import pl from './phrases.pl.js'
import pt from './phrases.pt.js'

/** Comment forms, comment policies, comment counters and "like" widgets. */
export const commentWidgets = definePhraseRule({
  meta: {
    id: 'comments/widgets',
    category: 'comments',
    description: 'Remove comment forms, comment-policy lines and counters ("Leave a Reply", "3 comments", "%d bloggers like this:").',
    recommended: true,
    defaultOptions: { maxWords: 50 },
  },
  what: 'part of a comment section',
  phrases: [en, de, fr, es, it, nl, pt, pl],
})
