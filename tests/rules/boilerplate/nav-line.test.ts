import { describe, it } from 'vitest'
import { navLine } from '../../../src/rules/boilerplate/nav-line.js'
import { RuleTester } from '../../../src/testing.js'

const POST = 'The council voted on Tuesday to keep the library open for five more years, after residents collected more than four thousand signatures against its closure and filled the town hall for the debate. The mayor said the vote showed how much the building still means to the town.'

new RuleTester({ it, describe }).run(navLine, {
  keep: [
    // Sentences that use the separators.
    'The index rose from 3 > 2 > 1 during the night, analysts said.',
    'Pick the best: speed » comfort » price, in that order.',
    'Sales rose > 5% in March',
    // One pipe is not a menu; long items are text.
    'Berlin | Germany',
    'The council met on Tuesday | It voted to keep the library open | Residents were relieved',
    // Code with pipes.
    'array.map! { |x| x.downcase }',
    // Data rows: several "Label: value" items, numbers in many items.
    'Prep Time: 2 Hours | Cook Time: 10 Minutes | Difficulty: Easy | Servings: 16',
    'Download Bolmo 1B | 7B | Tech report | Data | Code',
    // A table: neighbouring rows with as many items.
    { name: 'table rows stay', document: ['Team | Played | Points', 'Arsenal | Ten | Twenty', 'Chelsea | Ten | Eighteen'], removed: [] },
    // Arrows in prose and code.
    'run → reset → improve → run again',
    // Near misses of the post navigation: the words without arrows, in a heading or a sentence, and a street.
    'Next',
    'Previous',
    'Next steps for the council »',
    '« Older readers are the most loyal, the survey found',
    'The next post office will open in May',
    '« Shops close | Main Street empty',
    // Above the article the lines stay: they belong to the sidebar run that related/leading-run weighs.
    { name: 'post navigation above the article stays', document: ['Next »', '« Previous', POST], removed: [] },
  ],
  remove: [
    ...[
      'Next »',
      '« Previous',
      '« Previous post',
      '« Previous Post | Next post »',
      '« Previous post   Next post »',
      '«  Romney Assesses the Motor Vehicle Sector  |  Main',
      '← Previous Next →',
      '← Previous Post Next Post →',
      'next page ›',
      '« Vorheriges Thema anzeigen · Nächstes Thema anzeigen »',
      '« Romney Assesses the Motor Vehicle Sector | Main | Romney/Ryan on FEMA and NOAA »',
      '« Faux Fur + Flannel Blanket DIY | Main',
    ].map((line) => ({ name: `post navigation under the article: ${line}`, document: [POST, line, 'Comments are welcome.'], removed: [1] })),
    'Home » News » Politik',
    'Sie sind hier: Home » Europa » Deutschland » Emden',
    'You are here: Home » Blogs',
    '> Blog > Aus den Ländern > Digitalpolitische Jahrestagung 2015 der Stiftung',
    'Hauptseite » 2010 » Oktober » 26 » Briefe',
    'Accueil › Actualités › Politique',
    'Main | About | Contact Editor | Subscribe RSS',
    'News: ePaper | Front Page | National | Other States | International',
    '| Home | Client Login | Submit News | Privacy Policy | Contact |',
    'Druckansicht | Artikel versenden | Tippfehler melden',
    { name: 'a menu line between article paragraphs', document: ['The council voted on Tuesday to keep the library open for five more years.', 'Print Version | Back | Send To Friend', 'Residents said they were relieved.'], removed: [1] },
  ],
})
