import { describe, it } from 'vitest'
import { commentWidgets } from '../../../src/rules/comments/widgets.js'
import { trailingSection } from '../../../src/rules/comments/trailing-section.js'
import { RuleTester } from '../../../src/testing.js'

const P1 = 'The council voted on Tuesday to keep the library open for another five years after a long campaign by residents.'
const P2 = 'Campaigners said the decision showed that the town still valued its public spaces, and promised to keep raising money.'
const P3 = 'The library will reopen on Saturday mornings from March, and the council will review its budget again next spring.'
const P4 = 'Officials said a second consultation would look at opening hours in the evening, which several parents had asked for at the meeting.'
const D1 = 'Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek für weitere fünf Jahre offen zu halten und den Etat zu erhöhen.'
const D2 = 'Die Initiative sprach von einem guten Tag für die Stadt und kündigte an, weiter Spenden für neue Bücher zu sammeln.'
const D3 = 'Ab März öffnet die Bibliothek auch samstags, und im nächsten Frühjahr wird der Haushalt der Einrichtung erneut geprüft.'

// The header comes from comments/widgets; this rule cuts what follows it.
new RuleTester({ it, describe, with: [commentWidgets] }).run(trailingSection, {
  keep: [
    {
      name: 'substantial prose after the header: only the header goes',
      document: [P1, P2, 'Comments', P3, P4],
      removed: [2],
    },
    {
      name: 'not enough article before the header: only the header goes',
      document: [P1, 'Comments', 'Jane Doe', P4],
      removed: [1],
    },
    {
      name: 'a header with no article before it cuts nothing',
      document: ['Comments', 'Jane Doe', 'Nice one'],
      removed: [0],
    },
  ],
  remove: [
    {
      name: 'names, dates and short comments after "Leave a Reply" at the end',
      document: [P1, P2, P3, 'Leave a Reply', 'Jane Doe', 'March 3, 2023 at 10:15 am', 'Great article, thanks!'],
      removed: [3, 4, 5, 6],
    },
    {
      name: 'German comment section',
      document: [D1, D2, D3, 'Kommentare', 'Max Mustermann', 'Toller Beitrag, danke!', 'Antworten'],
      removed: [3, 4, 5, 6],
    },
    {
      name: 'Dutch comment section with a short comment',
      document: [P1, P2, P3, 'Laat een reactie achter', 'Pieter', 'Mooi stuk!'],
      removed: [3, 4, 5],
    },
  ],
})
