import { describe, it } from 'vitest'
import { dateOnly } from '../../../src/rules/dateline/date-only.js'
import { RuleTester } from '../../../src/testing.js'

const P = 'The council voted on Tuesday to keep the library open for another five years after a long campaign by residents.'
const D = 'Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek für weitere fünf Jahre offen zu halten und den Etat zu erhöhen.'
/** A stamp between two article paragraphs: where the recommended preset removes it. */
const inside = (stamp: string, prose = P) => ({ name: `inside the article: ${stamp}`, document: [prose, stamp, prose], removed: [1] })

new RuleTester({ it, describe }).run(dateOnly, {
  keep: [
    { name: 'near miss: an Italian headline with a date between paragraphs', document: [P, 'Maggio 2023: il governo cade', P], removed: [] },
    // A sentence that mentions a date has other words.
    'On 16 November 2023 the council voted to close the library.',
    // A year alone is a number, not a date stamp.
    '2019',
    'Mai Thai opens 3 new restaurants',
    'März 2020: Der Lockdown beginnt',
    { name: 'near miss: a headline with a date between paragraphs', document: [P, 'March 2020: the lockdown begins', P], removed: [] },
    // Above the first paragraph the stamp is the story's own dateline: news corpora count it as article.
    { name: "the story's dateline above the first paragraph", document: ['Library saved', 'Sunday December 9, 2007 8:48 PM', P, P], removed: [] },
    { name: 'a stamp below the last paragraph', document: [P, P, 'Posted : Fri, 11 Jan 2008 11:01:23 GMT'], removed: [] },
  ],
  remove: [
    inside('Published June 23, 2025 10:39AM'),
    inside('Aggiornato il 5 maggio 2023 alle 10:15'),
    inside('Bijgewerkt op 12 maart 2024 om 14:30'),
    inside('Atualizado em 3 de março de 2022 às 08:00'),
    inside('Opublikowano 4 października 2021 o 12:30'),
    inside('zaktualizowano 15.03.2023 r.'),
    inside('Erstellt am 12.03.2024, 14:30 Uhr', D),
    inside('12.03.2024, 14:30 Uhr', D),
    inside('Donnerdag 5 mei 2022'.replace('Donnerdag', 'Donderdag')),
    inside('Giovedì 4 aprile 2024'),
    inside('Monday 3 April 2023 09:15, UK'),
    inside('02.02.2022'),
    // Full-width digits have no ASCII digit until they are normalised: the digit check must let them through.
    inside('Monday ３ April ２０２３ ０９:１５'),
    inside('Updated: 3 hours ago'),
    inside('Aktualisiert am 12. März 2024 um 14:30 Uhr', D),
    inside('Publié le 5 juin 2021'),
    inside('Actualizado el 3 de mayo de 2022'),
    { name: 'the aggressive preset takes the dateline above the article too', document: ['Sunday December 9, 2007 8:48 PM', P, P], removed: [0], options: { preset: 'aggressive' } },
  ],
})
