import { describe, it } from 'vitest'
import { commentWidgets } from '../../../src/rules/comments/widgets.js'
import { donationAppeal } from '../../../src/rules/donation/appeal.js'
import { betweenCruft } from '../../../src/rules/structure/between-cruft.js'
import { RuleTester } from '../../../src/testing.js'

const P1 = 'The council voted on Tuesday to keep the library open for another five years after a long campaign by residents.'
const P2 = 'The library will reopen on Saturday mornings from March, and the council will review its budget again next spring.'
const D1 = 'Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek für weitere fünf Jahre offen zu halten und den Etat zu erhöhen.'

// The neighbours' verdicts come from these block rules.
new RuleTester({ it, describe, with: [donationAppeal, commentWidgets] }).run(betweenCruft, {
  keep: [
    { name: 'a short line between two article paragraphs', document: [P1, 'Thank you', P2], removed: [] },
    { name: 'removed only on one side, article on the other', document: [P1, 'Support local journalism', 'Thank you', P2], removed: [1] },
    {
      name: 'a line longer than six words between cruft',
      document: [P1, 'Donate now', 'This line has more than six words in it', 'Leave a Reply'],
      removed: [1, 3],
    },
    {
      name: 'the last one-line paragraphs, ending like sentences, after cruft at the end of the text',
      document: [P1, 'Donate now', 'He was 82.', 'The funeral is on Friday.', 'Flowers are welcome.'],
      removed: [1],
    },
    { name: "a single last line that reads as the article's statement", document: [P1, 'Donate now', 'The mayor resigned.'], removed: [1] },
  ],
  remove: [
    { name: '"Thank you" between an appeal and a comment form', document: [P1, 'Support local journalism', 'Thank you', 'Leave a Reply'], removed: [1, 2, 3] },
    { name: 'a short line after the last removed block, at the end', document: [P1, 'Donate now', 'Thanks!'], removed: [1, 2] },
    { name: 'a two-word closing line with a full stop, at the end', document: [P1, 'Donate now', 'Thank you.'], removed: [1, 2] },
    { name: 'a run of menu lines at the end, one of them ending with a dot', document: [P1, 'Donate now', 'Medien', 'Partner', 'Kolping Int.', 'Caritas'], removed: [1, 2, 3, 4, 5] },
    { name: 'German: "Vielen Dank" between an appeal and the comments header', document: [D1, 'Jetzt spenden', 'Vielen Dank', 'Kommentare'], removed: [1, 2, 3] },
    { name: 'a run of short lines between cruft', document: [P1, 'Lascia un commento', 'Nome', 'Email', 'Leave a Reply'], removed: [1, 2, 3, 4] },
  ],
})
