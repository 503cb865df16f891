import { definePhrases } from '../../helpers/phrases.js'

// Anzeigen-Kennzeichnungen, Deutsch. "Anzeige" alone is the most frequent template line of the German bench pages.
export default definePhrases('de', {
  labels: ['Anzeige', 'Werbung', 'Gesponsert', 'Sponsored Post', 'Anzeigen', 'Bezahlte Partnerschaft', 'Weiterlesen nach der Anzeige', 'Artikel wird nach der Anzeige fortgesetzt', 'Lesen Sie weiter nach der Anzeige', 'Weiter nach der Anzeige', 'Werbung ausblenden', 'In Zusammenarbeit mit', 'Präsentiert von', 'Gesponsert von'],
  prefixes: ['Anzeige:', 'Werbung:', 'Präsentiert von:'],
})
