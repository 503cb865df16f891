import { definePhrases } from '../../helpers/phrases.js'

// Quellenverweise von Aggregatoren, Deutsch.
export default definePhrases('de', {
  labels: ['Quelle', 'Zum Originalartikel', 'Originalartikel', 'Zur Quelle', 'Zum Artikel'],
  prefixes: ['Quelle:', 'Zuerst erschienen', 'Dieser Artikel erschien zuerst', 'Der Beitrag erschien zuerst', 'Dieser Beitrag erschien zuerst', 'Dieser Text erschien zuerst', 'Erstveröffentlichung:', 'Der Originalartikel ist erschienen'],
  patterns: [/^der beitrag .{1,200} erschien zuerst auf .{1,120}$/],
})
