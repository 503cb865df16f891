import { describe, it } from 'vitest'
import { trailingRun } from '../../../src/rules/related/trailing-run.js'
import { RuleTester } from '../../../src/testing.js'
import { VOTE as P1, REOPENING as P2, RELIEVED as P3 } from '../article-prose.js'

/** A sidebar: section names, headlines, month links. */
const SIDEBAR = [
  'More articles in News', 'Hospital radio launches funding drive', 'Flat proposal cause for concern', 'Win Skiing Lessons with Realli-Ski',
  'Steinsson on verge of move to Bolton', 'Video', 'Best view in town', 'Ulster Fry event', 'March', 'April',
]
const INGREDIENTS = ['Ingredients', '2 tsp vegetable oil', '1 large onion', '4 cloves garlic', '1 tbsp chili powder', '1 tsp cumin', '1 tsp flour', '3 cups chicken broth']
const SQUAD = ['Brian Edwards (Wake Forest)', 'Matt Allen (Creighton)', 'Sean Franklin (Northridge)', 'Matt Hatzke (Santa Clara)', 'Shea Salinas (Furman)', 'George Josten (Gonzaga)', 'Peter Lowry (Santa Clara)']

new RuleTester({ it, describe }).run(trailingRun, {
  keep: [
    { name: 'five lines are not a long run', document: [P1, P2, P3, ...SIDEBAR.slice(0, 5)], removed: [] },
    { name: 'a list introduced by a colon line', document: [P1, P2, P3, 'Other works I have reviewed:', ...SIDEBAR], removed: [] },
    { name: 'a numbered list', document: [P1, P2, P3, ...SIDEBAR.map((t, i) => `${i + 1}. ${t}`)], removed: [] },
    { name: 'ingredients: data lines', document: [P1, P2, P3, ...INGREDIENTS], removed: [] },
    { name: 'a squad: lines of one shape', document: [P1, P2, P3, ...SQUAD], removed: [] },
    { name: 'a summary box at the end', document: [P1, P2, P3, 'Zusammenfassung', ...SIDEBAR.slice(1)], removed: [] },
    { name: 'a subheading followed by article paragraphs', document: [P1, P2, 'Other injuries', P3, P1, ...SIDEBAR.slice(1, 4)], removed: [] },
    {
      name: 'a list-shaped article ends in more of its list',
      document: ['Choose the venue', 'Book the band', 'Order the cake', P1, 'Send the invitations', 'Buy the rings', P2, 'Pick the flowers', ...SIDEBAR],
      removed: [],
    },
    { name: 'no article before it', document: ['Short intro.', ...SIDEBAR], removed: [] },
  ],
  remove: [
    { name: 'a sidebar after the article', document: [P1, P2, P3, ...SIDEBAR], removed: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    {
      name: 'a teaser sentence among many headlines goes with them',
      document: [P1, P2, P3, ...SIDEBAR.slice(0, 5), 'Best-selling Irish author Maeve Binchy, who sold more than 40 million books, dies after a short illness.', ...SIDEBAR.slice(5)],
      removed: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    },
  ],
})
