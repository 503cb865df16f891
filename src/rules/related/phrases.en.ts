import { definePhrases } from '../../helpers/phrases.js'

// Headers of related-link lists ("Read more:" and the titles under it), English.
export default definePhrases('en', {
  labels: [
    'Read more', // seed 001 (Sky News)
    'Read More',
    'Read also',
    'Read next',
    'Also read',
    'See also',
    'Related',
    'Related articles',
    'Related stories',
    'Related posts',
    'Related content',
    'Related coverage',
    'Related news',
    'Related topics',
    'More on this topic',
    'More on this story',
    'More from',
    'More stories',
    'More news',
    'More articles',
    'Most read',
    'Most popular',
    'Trending',
    'Trending now',
    'Recommended',
    'Recommended for you',
    'You may also like',
    'You might also like',
    'You may be interested in',
    'Further reading',
    'Top stories',
    'Latest news',
    'Popular posts',
    'Recent posts',
    'Continue reading',
    'Keep reading',
    'Also on',
    'Editor\'s picks',
    'What to read next',
    "Don't miss", // bench (en): news-site rail header
    'Audios and videos on the topic', // DW template (also in de, fr)
  ],
  prefixes: ['Read more:', 'Read also:', 'Also read:', 'See also:', 'Related:', 'More:', 'Read next:', 'Read:', 'Recommended:', 'RELATED:', 'More on this:', 'Watch:'],
})
