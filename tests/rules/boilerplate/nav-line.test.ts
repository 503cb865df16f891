import { describe, it } from 'vitest'
import { navLine } from '../../../src/rules/boilerplate/nav-line.js'
import { RuleTester } from '../../../src/testing.js'

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
  ],
  remove: [
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
