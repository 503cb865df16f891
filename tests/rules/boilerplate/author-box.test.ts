import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { authorBox, secondWordCapitalised } from '../../../src/rules/boilerplate/author-box.js'
import { RuleTester } from '../../../src/testing.js'
import { VOTE as P1, CAMPAIGNERS as P2, REOPENING as P3, REPAIRS as P4, RAT as D1, INITIATIVE as D2, SAMSTAGS as D3, ANWOHNER as D4 } from '../article-prose.js'

const ARTICLE = [P1, P2, P3, P4]

new RuleTester({ it, describe }).run(authorBox, {
  keep: [
    // A one-line author note is the article's in news corpora (that is boilerplate/author-bio, aggressive only).
    { name: 'a lone author note at the end', document: [...ARTICLE, 'Sean Collins is a writer based in New York.'], removed: [] },
    { name: 'a lone bio of several sentences at the end', document: [...ARTICLE, 'Archie is a writer from South London. He studied Film Production and English Literature.'], removed: [] },
    // Contact lines: the block above must be a bio of the person the line names.
    { name: 'a press contact under the article (near miss: no bio above it)', document: [...ARTICLE, 'Tel: +49 40 3003 1000', 'E-Mail: press@example.com'], removed: [] },
    { name: 'a contact line under an article paragraph that names the organisation later (near miss)', document: [...ARTICLE, 'For frequent updates, visit Canadian Blood Services for more information.', 'Contact: info@blood.ca'], removed: [] },
    { name: 'an e-mail address inside a sentence (near miss: not a contact line)', document: [...ARTICLE, 'Archie is a writer from South London.', 'Readers can send their questions to archie@example.com before Friday.'], removed: [] },
    { name: '"More from" a section is not an author archive on its own (near miss)', document: [...ARTICLE, 'More from Sport'], removed: [] },
    { name: '"View all stories by date" names no author (near miss)', document: [...ARTICLE, 'View all stories by date'], removed: [] },
    // Person boxes: the article must not have named the person, and the shape must be unique.
    {
      name: 'the article is about the person (near miss: the surname is in its prose)',
      document: [
        'The council voted on Tuesday to name the library after Karina Cohen, who ran it for thirty years and collected thousands of signatures to keep it open.',
        P2,
        P3,
        'Karina Cohen is the founder of the residents association that led the campaign.',
        'Karina said she was proud of the town.',
      ],
      removed: [],
    },
    {
      name: 'a list of people, each a name line over a paragraph (near miss: the shape repeats)',
      document: [
        ...ARTICLE,
        'Billy Porter',
        'Billy Porter is an actor and singer who won an Emmy, a Grammy and a Tony award for his work on stage and screen.',
        'Ben Whishaw',
        'Ben Whishaw is a versatile British actor who played Q in the James Bond films and Paddington in two films.',
        'Whishaw also starred in several stage productions in London.',
      ],
      removed: [],
    },
    {
      name: 'a single paragraph about a person at the end (near miss: no second block)',
      document: [...ARTICLE, 'Karina Cohen is the owner of a local cleaning company serving the Greater Denver area.'],
      removed: [],
    },
    {
      name: 'article prose after the person box (near miss: it does not close the text)',
      document: [...ARTICLE, 'Karina Cohen is the owner of a local cleaning company serving the Greater Denver area.', 'Karina holds an MBA from Duke University.', P1],
      removed: [],
    },
    { name: 'an "About the author" header with no article before it', document: ['About the author', P1], removed: [] },
  ],
  remove: [
    { name: 'a header and the bio under it', document: [...ARTICLE, 'About the author', 'Anna spent ten years in local government before she moved to the paper.'], removed: [4, 5] },
    {
      name: 'a header, name and role lines, and the bio',
      document: [...ARTICLE, 'About The Author', 'Catherine Boeckmann', 'Executive Digital Editor and Master Gardener', 'Catherine Boeckmann is the Executive Digital Editor of Almanac.com. She covers gardening.'],
      removed: [4, 5, 6, 7],
    },
    { name: 'a German header alone, when article prose follows it', document: [D1, D2, D3, D4, 'Über die Autorin:', D1, D2, D3], removed: [4] },
    { name: 'a bio and "Inquiries: <e-mail>"', document: ['Archie is a writer from South London. He studied Film Production at UCA Farnham.', 'Inquiries: archie.f@example.com', ...ARTICLE], removed: [0, 1] },
    {
      name: 'a German bio and its e-mail line',
      document: [D1, D2, D3, D4, 'Lisa Borch entdeckte früh ihre Leidenschaft für Musik und Filme und studierte Kommunikationswissenschaften.', 'E-Mail: lisa.borch@example.de'],
      removed: [4, 5],
    },
    { name: 'a bio and "More by <name>"', document: [...ARTICLE, 'J.O. Haselhoef is the author of a book about charity work in Haiti.', 'More by J.O. Haselhoef'], removed: [4, 5] },
    {
      name: '"About Becky", her greeting and "View all posts by Becky"',
      document: [...ARTICLE, 'About Becky', "Hi, I'm Becky. I live in Atlanta and write about design over at my own blog.", 'View all posts by Becky'],
      removed: [4, 5, 6],
    },
    { name: 'a bio and "Contact the author"', document: [...ARTICLE, 'Benny has a strong affinity for creative writing and a passion for guitar-driven music.', 'Contact the author'], removed: [4, 5] },
    { name: 'an archive link alone', document: [...ARTICLE, 'View all posts by Sue Waters →'], removed: [4] },
    {
      name: 'paragraphs about a person the article never named',
      document: [
        ...ARTICLE,
        'Karina Cohen is the owner of CR Maids, a local cleaning company serving the Greater Denver area.',
        'Karina holds an MBA from Duke University and a Bachelor of Science in Finance.',
        'When she is not leading the company, Karina homeschools her daughter.',
      ],
      removed: [4, 5, 6],
    },
    {
      name: 'a name line, paragraphs naming her, and her site',
      document: [
        ...ARTICLE,
        'Isabella Tabacchi',
        'Isabella Tabacchi’s lens captures the essence of nature in all its majesty, in the Alps and far beyond them.',
        'Isabella Tabacchi stands as a distinguished figure in the world of landscape photography.',
        'https://isabellatabacchi.example',
      ],
      removed: [4, 5, 6, 7],
    },
    {
      name: 'a French person box',
      document: [...ARTICLE, 'Marie Dupont est une photographe installée à Lyon depuis vingt ans.', 'Marie expose ses images dans toute la France.'],
      removed: [4, 5],
    },
  ],
})

/**
 * The person-box pass tests secondWordCapitalised before running its name regexes on a block. The
 * test must never rule out a block a regex would match: it is a necessary condition of both.
 */
describe('author-box: the capitalised-second-word pre-test', () => {
  const nameIs = authorBox.patterns!.find((re) => re.source.includes('(?:is|was) (?:an?|the)'))!
  const nameLine = authorBox.patterns!.find((re) => re.source.startsWith('^(?!') && re.source.endsWith('$'))!

  it('finds the two name regexes it stands in front of', () => {
    expect(nameIs).toBeInstanceOf(RegExp)
    expect(nameLine).toBeInstanceOf(RegExp)
  })

  it('holds for every text either regex matches', () => {
    const words = ['Karina', 'Cohen', 'J.O.', 'Haselhoef', 'Ólafur', 'Łukasz', 'Élodie', 'is', 'was', 'a', 'the', 'ist', 'eine', 'writer', 'The', 'council', 'de', "O'Neil", '𝐀lpha']
    const seps = [' ', '  ', '\u00a0', '\t', ', ']
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { minLength: 1, maxLength: 7 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('').trimEnd() + (parts.length % 2 ? ' ' : '')
        if (nameIs.test(text) || nameLine.test(text)) expect(secondWordCapitalised(text), text).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('rules out prose that opens with a lower-case second word', () => {
    expect(secondWordCapitalised('The council met on Tuesday.')).toBe(false)
    expect(secondWordCapitalised('Karina Cohen is a writer.')).toBe(true)
    expect(secondWordCapitalised('Élodie Łukasz est une autrice.')).toBe(true)
    expect(secondWordCapitalised('Oneword')).toBe(false)
  })
})
