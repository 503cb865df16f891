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
    { name: 'sentences in the run: not a menu', document: ['The council met.', 'It voted.', 'People cheered.', 'The mayor spoke.', 'Then it rained.', 'Everyone left.', ...HEAD, ...ARTICLE], removed: [] },
  ],
  remove: [
    { name: 'a sidebar above the headline, byline and date', document: [...MENU, ...HEAD, ...ARTICLE], removed: [0, 1, 2, 3, 4, 5, 6, 7] },
  ],
})

describe('related/leading-run in the pipeline', () => {
  it('is idempotent: the kept headline lines are not taken on a second pass', () => {
    const text = [...MENU, ...HEAD, ...ARTICLE].join('\n\n')
    const once = decruft(text).text
    expect(once.startsWith(HEAD.join('\n\n'))).toBe(true)
    expect(decruft(once).text).toBe(once)
  })
})
