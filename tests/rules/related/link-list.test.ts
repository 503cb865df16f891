import { describe, it } from 'vitest'
import { relatedLinkList } from '../../../src/rules/related/link-list.js'
import { RuleTester } from '../../../src/testing.js'

const PROSE = 'The government said the new rules would take effect in January, after months of talks with unions and employers.'
const PROSA = 'Die Regierung erklärte, die neuen Regeln würden im Januar in Kraft treten, nach monatelangen Gesprächen mit Verbänden.'

new RuleTester({ it, describe }).run(relatedLinkList, {
  keep: [
    'The survey found that children who visit the library every week read more.',
    'Was in development for several months, but not any more...',
    {
      name: 'a heading in mixed case above the header stays',
      document: ['The council voted on Tuesday to keep the library open for another five years.', 'Conclusion', 'You might also like', 'Ten walks for a rainy weekend'],
      removed: [2, 3],
    },
    // Mid-article prose that shares the vocabulary: no delimiter after "Read more".
    'Read more about the policy in our report',
    'Siehe auch die Erklärung des Ministeriums vom Montag.',
    // A sentence after the prefix is prose, not a teaser link.
    "Leggi anche: il testo integrale del decreto è disponibile sul sito del ministero.",
    { name: 'article paragraphs alone', document: [PROSE, PROSA], removed: [] },
    // Near misses of the box names: the words in a sentence or a longer heading.
    'Related post offices closed in March, the union said.',
    'Featured stories from our readers will appear in the print edition on Sunday.',
    'Suggested articles for the new constitution were published on Monday',
    {
      // Near miss of the excerpt items: a quotation that trails off, but no related-links header above.
      name: 'a paragraph cut off with an ellipsis, under no header',
      document: [PROSE, 'Storm closes schools', 'The mayor said: "We will rebuild, and we will rebuild better, whatever it takes..."', PROSE],
      removed: [],
    },
    {
      name: 'a sentence after an excerpt ends the list',
      document: [PROSE, 'Related articles', 'Skype announces flat rate plan', 'On Wednesday, Skype announced a new rate plan for U.S. and Canadian consumers of its servic...', PROSE],
      removed: [1, 2, 3],
    },
    {
      name: 'a top-of-page list that runs into the article keeps its byline and dateline',
      document: ['Latest News', 'Storm closes schools across the region', 'Anna Berg, Northern News Service; Lakeside Herald', 'Published: Thursday, March 6, 2014', PROSE, PROSE],
      removed: [0, 1],
    },
  ],
  remove: [
    "We've mentioned before how the Hyundai Veloster offers a lot of technology for not a lot of money... Read More",
    'First Wii U consoles go on sale in New York on Nov. 18 with midnight launch event Read more...',
    'Die Stadt plant ein neues Bad. Weiterlesen »',
    {
      name: 'a caption in capitals right above the header goes with it',
      document: ['The council voted on Tuesday to keep the library open for another five years.', 'RECOMMENDS', 'You might also like', 'Ten walks for a rainy weekend'],
      removed: [1, 2, 3],
    },
    'Related post:',
    'Featured Stories',
    'Suggested articles',
    { name: 'a featured-posts box with its titles, under the article', document: [PROSE, 'Featured Posts', 'Ten walks for a rainy weekend', 'Why the bridge was closed', PROSE], removed: [1, 2, 3] },
    'Temas relacionados',
    'Zobacz również',
    'Weitere Informationen',
    'Read more: Six of the worst scandals of the year',
    'Leia também: Governo anuncia novo pacote para a agricultura',
    'Lees ook | Kabinet presenteert plannen voor woningbouw',
    'VEA TAMBIÉN: Nuevo puente abre en la capital',
    {
      name: 'German header with the titles under it, article after',
      document: [PROSA, 'Mehr zum Thema', 'Bundestag beschließt neues Heizungsgesetz', 'Wie die Wärmepumpe den Markt verändert', PROSA],
      removed: [1, 2, 3],
    },
    {
      name: 'Polish header with titles',
      document: [PROSE, 'Czytaj także', 'Sejm przyjął ustawę o ochronie ludności', 'Rząd zapowiada nowe podatki od 2025 roku'],
      removed: [1, 2, 3],
    },
    {
      name: 'near miss: a list of titles that runs into the article but holds no byline or date goes whole',
      document: ['Most Read', 'Storm closes schools across the region', 'Council approves new bus lanes', PROSE, PROSE],
      removed: [0, 1, 2],
    },
    {
      name: 'titles with the excerpts a related-posts widget cut off',
      document: [
        PROSE,
        'Related Articles',
        "SkypeOut, SkypeIn, Skype's Up!",
        'According to a release late last night Skype has announced that the service is back up and running a...',
        'Skype 2.2 Supports Windows Mobile Smartphones',
        'Skype has released the beta version of Skype 2.2 for Windows Mobile which now supports smartphones p...',
        'Die Stadt plant ein neues Bad',
        'Der Gemeinderat hat am Dienstag beschlossen, das alte Hallenbad abzureißen und ein neues zu bauen […]',
      ],
      removed: [1, 2, 3, 4, 5, 6, 7],
    },
    'Other news',
    'Related pages',
    {
      name: 'the list ends at the first sentence',
      document: [PROSA, 'Verwandte Artikel', PROSA],
      removed: [1],
    },
  ],
})
