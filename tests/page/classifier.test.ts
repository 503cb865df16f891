import { describe, it } from 'vitest'
import { commentWidgets } from '../../src/rules/comments/widgets.js'
import { photoCredit } from '../../src/rules/boilerplate/photo-credit.js'
import { dateOnly } from '../../src/rules/dateline/date-only.js'
import { pageClassifier } from '../../src/rules/page/classifier.js'
import { RuleTester } from '../../src/testing.js'

// Article paragraphs: long, sentence-shaped, dense in stop words.
const P1 = 'The town council voted on Tuesday evening to keep the central library open for at least another five years, ending a campaign that began when the building was first listed for sale last spring.'
const P2 = 'Residents collected more than four thousand signatures and packed the public gallery for the vote, which passed by eleven votes to three after a debate that lasted almost two hours.'
const P3 = 'The library will reopen on Saturday mornings from April, and the council has promised to review its budget again in the autumn once the new figures for visitor numbers are in.'
const P4 = 'Councillor Peter Hughes, who voted against the plan, said the building still needs a new roof and that the money would have to come from somewhere else in a year when every department is being asked to save.'
const ARTICLE = [P1, P2, P3, P4]
const MENU = ['Home', 'News', 'Sport', 'Business', 'Weather']
const FOOTER = ['About us', 'Contact', 'Advertise', 'Privacy policy']
/** The indexes from `from` up to but not including `to`. */
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i)

// German: the page's language decides which stop words count.
const D1 = 'Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek für weitere fünf Jahre offen zu halten, nachdem die Bürger mehr als viertausend Unterschriften gesammelt hatten.'
const D2 = 'Die Bibliothek wird ab April auch am Samstagvormittag geöffnet sein, und der Rat will den Haushalt im Herbst noch einmal prüfen, wenn die neuen Zahlen vorliegen.'
const D3 = 'Ein Stadtrat, der gegen den Plan gestimmt hatte, sagte, das Gebäude brauche noch ein neues Dach, und das Geld müsse aus einem anderen Bereich der Verwaltung kommen.'

new RuleTester({ it, describe }).run(pageClassifier, {
  keep: [
    { name: 'a page that is all article', document: ARTICLE, removed: [] },
    { name: 'no prose anywhere: nothing tells the article from the rest', document: [...MENU, 'Latest headlines', ...FOOTER], removed: [] },
    {
      name: 'a short paragraph and a subheading inside the article region',
      document: [...MENU, P1, P2, 'She had organised the petition.', 'What happens next', P3, P4, ...FOOTER],
      removed: [...range(0, 5), ...range(11, 15)],
    },
    {
      name: 'an article of one-sentence paragraphs (none long enough to be good alone)',
      document: [
        ...MENU,
        'The council voted on Tuesday to keep the library open for at least five more years.',
        'It was the end of a campaign that began when the building was listed for sale last spring.',
        'Residents had collected more than four thousand signatures and filled the public gallery.',
        '"This is a good day for the town and for all of the children who use it," said one of the organisers.',
        'The library will also open on Saturday mornings from April, the council said after the vote.',
        'The next meeting of the council, which will discuss the budget, is at the end of the month.',
        ...FOOTER,
      ],
      removed: [...range(0, 5), ...range(11, 15)],
    },
    {
      name: 'the headline and byline right above the article',
      document: [...MENU, 'Library saved after year-long campaign', 'By Jane Porter, Local Affairs Reporter', ...ARTICLE, ...FOOTER],
      removed: [...range(0, 5), ...range(11, 15)],
    },
    {
      name: 'the headline and byline above a short first paragraph',
      document: [
        ...MENU,
        'Aidy recalls big guns',
        'By Kevin Affleck',
        'Read comments (4)',
        'Two defenders have been recalled to the starting line-up for the game at home this afternoon.',
        ...ARTICLE,
        ...FOOTER,
      ],
      removed: [...range(0, 5), ...range(13, 17)],
    },
    {
      name: 'a short sentence that closes the article',
      document: [...MENU, ...ARTICLE, 'The next meeting of the council is on 28 March.', ...FOOTER],
      removed: [...range(0, 5), ...range(10, 14)],
    },
    {
      name: 'prose below the region, beyond a long menu, is good on its own and stays',
      document: [...ARTICLE, ...MENU, ...FOOTER, ...MENU, ...FOOTER, 'Latest headlines', 'Weather', 'Sport results', 'Travel', P4.replace('Peter', 'Paul')],
      // "Sport results" is heading-shaped right above good text, and the line under it goes with it.
      removed: range(4, 24),
    },
    {
      name: 'product copy with few stop words but full sentences',
      document: [
        ...MENU,
        P1,
        'Combining a power rack, cable system, and Smith machine, this compact trainer covers all strength needs while optimizing floor space in small home gyms.',
        P2,
        ...FOOTER,
      ],
      removed: [...range(0, 5), ...range(8, 12)],
    },
    {
      // Without stop words to count nothing is good, so nothing tells the article from the menu: keep all.
      name: 'a language without a stop-word list (Greek)',
      document: [
        'Αρχική',
        'Ειδήσεις',
        'Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κρατήσει τη βιβλιοθήκη ανοιχτή για άλλα πέντε χρόνια, μετά από μια μακρά εκστρατεία των κατοίκων της πόλης.',
        'Η βιβλιοθήκη θα ανοίγει και τα πρωινά του Σαββάτου από τον Απρίλιο, ενώ το συμβούλιο θα εξετάσει ξανά τον προϋπολογισμό της το φθινόπωρο.',
        'Επικοινωνία',
      ],
      removed: [],
    },
    {
      name: 'a short sentence of product copy with few stop words right above the article',
      document: [...MENU, 'Handpicked, washed, sun-dried Arabica beans from small family farms in southern Ethiopian highlands.', P4, P2],
      removed: range(0, 5),
    },
    {
      name: 'German: stop words of the page language',
      document: ['Startseite', 'Politik', 'Wirtschaft', 'Sport', D1, D2, D3, 'Impressum', 'Datenschutz', 'Kontakt'],
      removed: [0, 1, 2, 3, 7, 8, 9],
    },
  ],
  remove: [
    {
      name: 'the menu above and the footer below the article',
      document: [...MENU, ...ARTICLE, ...FOOTER],
      removed: [...range(0, 5), ...range(9, 13)],
    },
    {
      name: 'a line of addresses inside the article region',
      document: [P1, P2, 'www.example.com/news www.example.com/sport www.example.com/weather', P3, P4],
      removed: [2],
    },
    {
      name: 'a pipe-separated menu inside the article region',
      document: [P1, P2, 'Local | National | World | Opinion', P3, P4],
      removed: [2],
    },
    {
      // The four lines right above the article may be its headline, byline and dateline: they stay.
      // The paragraph above the sidebar is good on its own and stays too.
      name: 'a sidebar of link titles between two parts of the page is outside the region',
      document: [P4, ...MENU, ...FOOTER, 'Swimming pool to close for repairs', 'New bus route for the east of town', 'School budget cuts confirmed', 'Man fined for feeding seagulls', 'Road closed after burst water main', P1, P2, P3],
      removed: range(1, 11),
    },
  ],
})

// A comment section's header ends the article region: the comments below it go, prose or not.
const C1 = 'I have been using this library for twenty years and I am so glad that the council finally listened to the people who actually use it every week.'
const C2 = 'Good news, but I wonder where the money for the roof will come from, since the council has been saying for years that there is nothing left in the budget.'
new RuleTester({ it, describe, with: [commentWidgets] }).run(pageClassifier, {
  keep: [
    {
      name: '"Reply" under every post is a button, not a comment-section header (a forum thread is the article)',
      document: [P1, P2, 'Reply', P3, 'Reply', P4, 'Reply', C1, 'Reply'],
      removed: [2, 4, 6, 8],
    },
    {
      name: 'a comment counter under the headline, with no article above it, is no wall',
      document: ['Library saved after year-long campaign', '3 Comments', ...ARTICLE],
      removed: [1],
    },
  ],
  remove: [
    {
      name: 'comments below the comment-section header',
      document: [...ARTICLE, P1.replace('Tuesday', 'Monday'), 'Leave a Reply', 'Anna Smith', C1, 'Tom', C2],
      removed: [5, 6, 7, 8, 9],
    },
  ],
})

// The story's own dateline right above the article stays, even when the dateline rule took it.
new RuleTester({ it, describe, with: [dateOnly] }).run(pageClassifier, {
  keep: [
    {
      name: 'the dateline above the first paragraph',
      document: ['We use cookies to improve your experience on our site and to show you relevant advertising.', ...FOOTER, ...MENU, 'Library saved after year-long campaign', 'Tuesday 14 March 2023, 18:05', ...ARTICLE, ...FOOTER],
      removed: [...range(0, 10), ...range(16, 20)],
    },
  ],
})

// Prose that another rule removed (a comment form's notice) is not the article: the line above it
// is no heading of good text, and no short line beside it is good by context.
const NOTICE = 'Your email address will not be published. Required fields are marked with an asterisk.'
new RuleTester({ it, describe, with: [commentWidgets] }).run(pageClassifier, {
  keep: [
    {
      // The same line above a paragraph of the article is its subheading.
      name: 'a heading-shaped line above article prose that no rule removed',
      document: [...MENU, ...ARTICLE, 'Tell us what you think', C1, ...FOOTER],
      removed: [...range(0, 5), ...range(11, 15)],
    },
  ],
  remove: [
    {
      name: 'the heading-shaped line above a comment form notice',
      document: [...MENU, ...ARTICLE, 'Tell us what you think', NOTICE, ...FOOTER],
      removed: [...range(0, 5), ...range(9, 15)],
    },
  ],
})

// A caption that another rule removed between the headline and the first paragraph does not cut the headline off.
new RuleTester({ it, describe, with: [photoCredit] }).run(pageClassifier, {
  keep: [
    {
      name: 'the headline above a removed picture caption',
      document: [...MENU, 'Library saved after year-long campaign', 'Campaigners outside the town hall on Tuesday. (Photo: Jane Porter)', ...ARTICLE, ...FOOTER],
      removed: [...range(0, 5), 6, ...range(11, 15)],
    },
  ],
})
