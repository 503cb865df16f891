import { describe, it } from 'vitest'
import { topicHeading } from '../../../src/rules/related/topic-heading.js'
import { RuleTester } from '../../../src/testing.js'

const P = 'The council voted on Tuesday to keep the library open for another five years after a long campaign by residents.'
const D = 'Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek für weitere fünf Jahre offen zu halten und den Etat zu erhöhen.'

new RuleTester({ it, describe }).run(topicHeading, {
  keep: [
    // Near misses: a sentence, and a heading that the article continues under.
    { name: 'a sentence that starts like the heading', document: [D, 'Mehr zu tun gibt es im Herbst.', D], removed: [] },
    { name: 'a subheading followed by article prose', document: [P, 'More on the budget', P], removed: [] },
    { name: 'a heading with too few words', document: [P, 'More on', 'Budget cuts'], removed: [] },
  ],
  remove: [
    { name: 'German topic heading below the article, with its titles', document: [D, D, 'Mehr zu Klima und Konsum', 'Verpackungsmüll und Klimakrise', 'Warum Secondhand Mode Sinn Macht'], removed: [2, 3, 4] },
    { name: 'English heading above link titles', document: [P, 'More on coronavirus:', 'What You Need to Know About the Rule of Six', 'Pandemic Has Exposed the Reality', P], removed: [1, 2, 3] },
    { name: 'Spanish heading at the end', document: [P, P, 'Más sobre Venezuela'], removed: [2] },
    { name: 'Polish heading at the end', document: [P, P, 'Więcej o wyborach prezydenckich'], removed: [2] },
  ],
})
