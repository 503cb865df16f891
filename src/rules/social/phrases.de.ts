import { definePhrases } from '../../helpers/phrases.js'

// Folgen- und Teilen-Aufforderungen, Deutsch.
export default definePhrases('de', {
  labels: ['Artikel teilen', 'Diesen Artikel teilen', 'Beitrag teilen', 'Teilen', 'Jetzt teilen', 'Folgen Sie uns', 'Folge uns', 'Seite teilen', 'Teile diesen Beitrag', 'Auf Facebook teilen'],
  prefixes: ['Teilen:', 'Folgen Sie uns:', 'Artikel teilen:', 'Diesen Artikel teilen:'],
  patterns: [/\bfolgen sie uns (?:auf|bei)\b/, /\bfolge uns (?:auf|bei)\b/, /\b(?:teilen sie|teile) (?:diesen|den) (?:artikel|beitrag)\b/],
})
