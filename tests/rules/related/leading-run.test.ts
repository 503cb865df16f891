import { describe, expect, it } from 'vitest'
import { leadingRun } from '../../../src/rules/related/leading-run.js'
import { decruft } from '../../../src/index.js'
import { RuleTester } from '../../../src/testing.js'
import { VOTE, CAMPAIGNERS, REOPENING, REPAIRS, RELIEVED, NEXT_MEETING } from '../article-prose.js'

const ARTICLE = [VOTE, CAMPAIGNERS, REOPENING, REPAIRS, RELIEVED, NEXT_MEETING]
/** A site's sidebar above the article: section names and headlines. */
const MENU = ['Local Sport', "EDITOR'S CHOICE", 'Hospital radio launches funding drive', 'Flat proposal cause for concern', 'COMPETITIONS', 'Woman dies after fall', 'Free guided walk', 'Loach returns from loan']
/** Headline, byline and date of the article: the last three lines before its first paragraph. */
const HEAD = ['Library stays open for five more years', 'By Jane Smith', 'Tuesday 1 January 2008']
/** A sidebar with a teaser that is not a sentence, a poll question and a "most read" box ranked 1 to 5. */
const SIDEBAR = [
  'Local Sport',
  "EDITOR'S CHOICE",
  'NEWS',
  'Hospital radio launches funding drive',
  'Flat proposal cause for concern',
  'COMPETITIONS',
  'Reporter Alex Hayes went to a car compound near the station to collect a car towed away by a clamping firm. Click here for the audio slideshow',
  'VOTE',
  'Do you agree that the library should open on Sundays as well as on Saturdays this year?',
  'Most read',
  '1 Woman dies after fall',
  '2 Flat proposal cause for concern',
  '3 Top cop promises to tackle burglary',
  '4 Free guided walk',
  '5 Loach returns from loan',
  'Today | 7 Days',
]
/** The top of a job advertisement: a paragraph, then its lists. */
const JOB = [
  'We are looking for a media educator to join our small team in Munich on a part-time contract, starting in April or earlier if possible.',
  'Your tasks',
  'Project management for mobile learning',
  'Winning new projects and grants',
  'Leading youth editorial teams',
  'Talks and workshops',
  'Your profile',
  'A degree in a relevant field',
  'Experience in project management',
]

new RuleTester({ it, describe }).run(leadingRun, {
  keep: [
    { name: 'headline, byline and date above the article', document: [...HEAD, ...ARTICLE], removed: [] },
    { name: 'a short menu (fewer lines than minRun once the last three are kept)', document: [...MENU.slice(0, 5), ...HEAD, ...ARTICLE], removed: [] },
    {
      name: 'a table of contents whose lines come back as subheadings',
      document: ['Contents', 'Opening hours', 'The budget', 'Repairs', 'Campaign history', 'Next steps', ...HEAD, VOTE, CAMPAIGNERS, 'The budget for the library', REOPENING, 'Repairs to the roof', REPAIRS, 'Opening hours on Saturdays', RELIEVED, 'Next steps for the council', NEXT_MEETING],
      removed: [],
    },
    { name: 'a results table at the top is data', document: ['Nr Player 1 2 3 Total', '9 E. Sajfutdinow 3 3 3 9', '10 J. Kolodziej 3 2 0 5', '11 B. Smektala 2 3 2 7', '12 J. Lidsey 2 2 3 7', '13 P. Pawlicki 3 3 3 9', '14 S. Szlauder 0 1 0 1', ...HEAD, ...ARTICLE], removed: [] },
    { name: 'a bulleted summary box at the top', document: ['- Library stays open', '- Budget rises', '- Roof repaired', '- Hours longer', '- Pool next', '- Grant asked', ...HEAD, ...ARTICLE], removed: [] },
    { name: 'too little article after the run', document: [...MENU, ...HEAD, VOTE, CAMPAIGNERS], removed: [] },
    { name: 'too little article after the run: four paragraphs, 105 words (near miss)', document: [...MENU, ...HEAD, VOTE, CAMPAIGNERS, REOPENING, REPAIRS], removed: [] },
    { name: 'a short item under a results table (near miss: data, not headlines)', document: ['Nr Player 1 2 3 Total', '9 E. Sajfutdinow 3 3 3 9', '10 J. Kolodziej 3 2 0 5', '11 B. Smektala 2 3 2 7', '12 J. Lidsey 2 2 3 7', '13 P. Pawlicki 3 3 3 9', '14 S. Szlauder 0 1 0 1', ...HEAD, VOTE, CAMPAIGNERS, REOPENING, REPAIRS, RELIEVED], removed: [] },
    { name: 'a paragraph at the very top, then lists: a job advertisement, not a teaser', document: [...JOB, ...ARTICLE], removed: [] },
    {
      name: 'a standfirst close above the article is not a sidebar teaser',
      document: [...MENU, 'Accident or assassination: a guide to the inquest', 'Too busy to follow the two and a half months of hearings at the inquest? Let our reporter guide you through the evidence', 'Published: 16 December 2007', 'The issue', 'Who said what', 'The official account', ...ARTICLE],
      removed: [],
    },
    { name: 'a league table at the top, ranked from 1, is data', document: ['Pos Team Pld Pts', '1 Arsenal 20 15 48', '2 Chelsea 20 14 45', '3 Liverpool 20 12 41', '4 Everton 20 11 38', '5 Villa 20 10 35', '6 Derby 20 2 8', ...HEAD, ...ARTICLE], removed: [] },
    { name: 'a statistics box at the top: short lines holding numbers are data', document: ['Inside the Numbers', 'Final Stats', 'Category Total Rank', 'Eagles 0 N/A', 'Birdies 17 T5', 'Pars 50 T11', 'Bogeys 4 T67', 'Putts per Round 28.0 T17', ...HEAD, ...ARTICLE], removed: [] },
    { name: 'sentences in the run: not a menu', document: ['The council met.', 'It voted.', 'People cheered.', 'The mayor spoke.', 'Then it rained.', 'Everyone left.', ...HEAD, ...ARTICLE], removed: [] },
  ],
  remove: [
    // The byline and date do not count among the three kept lines: the headline and two menu lines stay.
    { name: 'a sidebar above the headline, byline and date', document: [...MENU, ...HEAD, ...ARTICLE], removed: [0, 1, 2, 3, 4, 5] },
    { name: 'a sidebar above a short item: five paragraphs, 128 words', document: [...MENU, ...HEAD, VOTE, CAMPAIGNERS, REOPENING, REPAIRS, RELIEVED], removed: [0, 1, 2, 3, 4, 5] },
    { name: 'the full sidebar above a short item', document: [...SIDEBAR, ...HEAD, VOTE, CAMPAIGNERS, REOPENING, REPAIRS, RELIEVED], removed: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] },
    {
      // The headline, "Today | 7 Days" and item 5 are the three lines kept (the byline and date do not count).
      name: 'a sidebar with a teaser, a poll question and a "most read" box ranked 1 to 5',
      document: [...SIDEBAR, ...HEAD, ...ARTICLE],
      removed: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    },
    {
      name: 'the headline above a byline, an agency and a date stays',
      document: [...MENU, 'Rival factions clash in Gaza', 'By Ibrahim Barzak', 'ASSOCIATED PRESS', '1:23 p.m. December 31, 2007', ...ARTICLE],
      removed: [0, 1, 2, 3, 4, 5, 6],
    },
  ],
})

describe('related/leading-run in the pipeline', () => {
  it('is idempotent: the kept headline lines are not taken on a second pass', () => {
    const text = [...MENU, ...HEAD, ...ARTICLE].join('\n\n')
    const once = decruft(text).text
    expect(once.startsWith([...MENU.slice(6), ...HEAD].join('\n\n'))).toBe(true)
    expect(decruft(once).text).toBe(once)
  })
})
