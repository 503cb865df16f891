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

const P5 = 'Several residents said the building needed a new roof, better heating and a ramp at the side entrance before the winter.'
const P6 = 'The council agreed to ask the county for a grant and to publish the list of repairs on its website before the next meeting.'
const C1 = 'The council should stop spending money on buildings nobody uses and fix the roads first, they are a disgrace.'
const C2 = 'I agree with the decision, the library is the only warm place many older people can go to in the afternoon.'
const C3 = 'Good news for the town, but who is going to pay for the new roof when the grant runs out in two years'
const C4 = 'My children learned to read there. Keep it open!'

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
    {
      name: 'subheaded article sections after a comments line: too few name-like lines per block',
      document: [P1, P2, P3, P4, P5, P6, P1, P2, P3, 'Comments are closed', 'Background', P4, P5, P6, P2, P3, 'Next steps', P1, P2, P3, P4, P5, 'Funding', P4, P5, P6, P1, P2, 'Repairs', P1, P2, P3, P4, P5, 'Outlook', P6, P1, P2, P3, P4],
      removed: [9],
    },
    {
      name: 'three subheads after a comments line are not a thread',
      document: [P1, P2, P3, P4, P5, P6, P1, P2, P3, 'Comments are closed', 'Background', P4, P5, 'Next steps', P1, P2, 'Funding', P4, P5],
      removed: [9],
    },
    {
      name: 'a signed thread after too little article stays (only the header goes)',
      document: ['The library stays open.', 'Comments are closed', 'Stephen B', C1, 'Lina', C2, 'Frank @ Toronto', C3],
      removed: [1],
    },
  ],
  remove: [
    {
      name: 'a long signed comment thread after "Comments are now closed"',
      document: [P1, P2, P3, P4, P5, P6, P1, P2, P3, 'Comments are now closed for this story', 'Stephen B', C1, 'McGuinty stop spending my money!!!', 'puddin and pie', C2, 'Lina', C3, C4, 'Frank @ Toronto', C1, C2, 'J-F (Ottawa)', C4, 'Ralph', C3],
      removed: [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24],
    },
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
