import { describe, it } from 'vitest'
import { authorBio } from '../../../src/rules/boilerplate/author-bio.js'
import { RuleTester } from '../../../src/testing.js'
import { VOTE as P1, CAMPAIGNERS as P2, REOPENING as P3, REPAIRS as P4, RAT as D1, INITIATIVE as D2, SAMSTAGS as D3, ANWOHNER as D4 } from '../article-prose.js'


new RuleTester({ it, describe }).run(authorBio, {
  keep: [
    { name: 'a pronoun is the story, not a bio', document: [P1, P2, P3, P4, 'He is a reporter who has covered the council for twenty years.'], removed: [] },
    { name: 'a bio-shaped sentence in the middle of the article stays', document: [P1, P2, 'Jane Smith is a journalist who first reported the closure plans last year.', P3, P4], removed: [] },
    { name: 'no article before it', document: ['Archie is a writer from South London.', P1], removed: [] },
    { name: 'a person with another role', document: [P1, P2, P3, P4, 'Anna Berg is the chair of the residents association.'], removed: [] },
    { name: 'an author box header is boilerplate/author-box, not this rule', document: [P1, P2, P3, P4, 'About the author', 'Anna spent ten years in local government before she moved to the paper.'], removed: [] },
  ],
  remove: [
    { name: 'a bio after the article', document: [P1, P2, P3, P4, 'Archie is a writer from South London. He studied Film Production and English Literature.'], removed: [4] },
    { name: 'name, credentials, role', document: [P1, P2, P3, P4, 'Matt Frankel, CFP, is a contributing stock market analyst specializing in the real estate sector.'], removed: [4] },
    { name: 'name, comma, role', document: [P1, P2, P3, P4, 'Joanna Nelius, senior editor and E Ink enthusiast with years of experience testing laptops.'], removed: [4] },
    { name: 'a blogger introduces herself', document: [P1, P2, P3, P4, "Hi, I'm Becky. I live in Atlanta and write about design."], removed: [4] },
    { name: 'German', document: [D1, D2, D3, D4, 'Daniel Weinmann arbeitete viele Jahre als Redakteur bei einem der bekanntesten deutschen Medien.'], removed: [4] },
    { name: 'German role after ist', document: [D1, D2, D3, D4, 'Bianca Praetorius ist freie Journalistin in Berlin.'], removed: [4] },
    { name: 'French', document: [P1, P2, P3, P4, 'Marie Dupont est journaliste indépendante à Lyon.'], removed: [4] },
    { name: 'Polish', document: [P1, P2, P3, P4, 'Anna Kowalska jest dziennikarką tygodnika.'], removed: [4] },
  ],
})
