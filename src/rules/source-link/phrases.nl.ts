import { definePhrases } from '../../helpers/phrases.js'

// Verwijzingen naar het oorspronkelijke artikel, Nederlands.
export default definePhrases('nl', {
  labels: ['Bron', 'Origineel artikel', 'Lees het originele artikel', 'Naar het originele artikel'],
  prefixes: ['Bron:', 'Oorspronkelijk gepubliceerd', 'Dit artikel verscheen eerder', 'Dit artikel verscheen oorspronkelijk', 'Dit artikel is eerder gepubliceerd'],
  patterns: [/^het bericht .{1,200} verscheen eerst op .{1,120}$/],
})
