import { describe, it } from 'vitest'
import { byline } from '../../../src/rules/dateline/byline.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(byline, {
  keep: [
    'Tags: the council decided on Tuesday that the library, which has served the town for more than eighty years and is loved by many residents, will stay open for at least another five years, the mayor said',
    // Near misses: the words in a sentence.
    'Posted by courier, the letter reached the ministry two weeks late.',
    'Tags on the luggage showed that it had been checked in at Frankfurt.',
    'Die Autoren der Studie fordern mehr Geld für die Forschung.',
    // Initials and a slash without a wire agency.
    'km/h',
    // A long line after a label is not a byline.
    // Several lines: only the blog footer goes so, not a paragraph set with line breaks that opens
    // like one nor a long block.
    'Geschrieben am Montag, dem 3. Mai, und abgelegt in\nder Schublade, blieb der Brief zwei Jahre liegen.',
    'Dieser Beitrag stammt von unserer Leserin Anna.\nSie wohnt in Kiel.',
    'This entry was posted on March 3, 2008 at 7:14 pm and is filed under News.\n' + 'The council met again on Tuesday and decided that the library will stay open. '.repeat(6),
    // A date before words that are no label, and a date before a label in a sentence.
    '24.01.2022 11:38 Uhr: Die Polizei sperrt die Brücke',
    '24.01.2022 Kategorie: die Stadt hat entschieden, dass die Bibliothek offen bleibt.',
    '24.01.2022 11:38\nKategorie: die Stadt hat entschieden, dass die Bibliothek offen bleibt.',
    '24.01.2022 11:38\nDie Polizei sperrt die Brücke',
    '12.03.2020 Themen der Sitzung waren der Haushalt und die Schulen',
    'Author: this is the story of a woman who wrote forty novels in a small house by the sea and never once left the island where she was born',
    // Near misses of the permalink line: sentences that mention a permalink.
    'The blog gives every post a permalink.',
    'Copy the permalink | then paste it into the form below to share the post with your readers.',
    'Readers asked for a permalink – and the editors said no.',
    // Near misses of the review credits: the words in a sentence or a headline.
    'Edited by hand, the film took two years.',
    'Reviewed by the court, the law was upheld.',
    'Fact checked by volunteers: how the project works',
  ],
  remove: [
    'Edited by',
    'Reviewed by',
    'Fact checked by',
    'Medically reviewed by:',
    'January 8, 2008 | Permalink',
    'Posted at 08:18 AM in Motorcycle Touring: Mexico, Motorcycling, Sidestand Up | Permalink',
    'Wednesday, July 4, 2012 at 12:48 pm | Permalink',
    '7 comments – permalink',
    'Posted by Kate Torgovnick | Permalink | Comment | Trackback',
    'Categories: Barack Obama, Politics, Celebrities, ChitChatter, Cry Me A River, For Discussion, For Your Information, Get Your Life Together, Hate It or Love It, Hi Hater, In The News, Music, Sports, Television, Videos, You Cannot Be Serious...',
    'Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials, Ubuntu. Kommentare zu diesen Eintrag im RSS 2.0 Feed',
    // The footer set with line breaks.
    'Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials.\nKommentare zu diesen Eintrag im RSS 2.0 Feed.\nKommentare und Pings sind derzeit nicht erlaubt.',
    'This entry was posted on March 3, 2008 at 7:14 pm and is filed under News.\nYou can follow any responses to this entry through the RSS 2.0 feed.\nBoth comments and pings are currently closed.',
    'Dieser Eintrag wurde am 3. März 2010 veröffentlicht und ist abgelegt unter Allgemein.\nDu kannst die Kommentare über den RSS 2.0 Feed verfolgen.',
    'Posted by Jane Example in News',
    'Posted by: Walter, Bolton on 5:03pm Wed 2 Jan 08',
    'Kategorie: News',
    // A blog's meta line that opens with the post's date.
    '24.01.2022 11:38 Kategorie: News',
    '03.05.2021 | Tags: Politik, Wahl',
    '7.2.2019, Kategorien: Reisen, Asien',
    '24.01.2022 11:38\nKategorie: News',
    'Tags: Politik, Wahl, Bundestag',
    'Autoren:',
    'Schlagwörter: Klima Konsum',
    'aja/PAP',
    'mk/dpa',
    'Publié par Marie Exemple',
    'Escrito por Ana Ejemplo',
    'This entry was posted on March 3, 2008 at 7:14 pm and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed.',
  ],
})
