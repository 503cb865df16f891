import { definePhrases } from '../../helpers/phrases.js'

// Folgen- und Teilen-Aufforderungen, Deutsch.
export default definePhrases('de', {
  labels: [
    'Artikel teilen', 'Diesen Artikel teilen', 'Beitrag teilen', 'Teilen', 'Jetzt teilen', 'Folgen Sie uns', 'Folge uns', 'Folgt uns', 'Seite teilen', 'Teile diesen Beitrag', 'Teile diesen Artikel',
    'Auf Facebook teilen', 'Auf Twitter teilen', 'Auf WhatsApp teilen', 'Per E-Mail teilen', 'Per Mail versenden', 'Artikel versenden', 'Artikel empfehlen', 'Beitrag empfehlen', 'Link kopieren',
    'Möchten Sie den Artikel teilen?', // bench: German news template
    'Als bevorzugte Quelle bei Google hinzufügen',
    'Bei Google als bevorzugte Quelle hinzufügen',
    'Folgen Sie uns auf Google News',
  ],
  prefixes: ['Teilen:', 'Folgen Sie uns:', 'Artikel teilen:', 'Diesen Artikel teilen:', 'Den Artikel mit anderen teilen'],
  patterns: [
    // A follow button with a name; accepted only when the name is capitalised (see follow-share.ts).
    /^(?:folge|folgen sie)(?: [\p{L}\p{N}&'’.-]+){1,4}$/u,
    /\bfolgen sie uns (?:auf|bei)\b/,
    /\bfolge uns (?:auf|bei)\b/,
    /\bfolgt uns (?:auf|bei)\b/,
    /\b(?:teilen sie|teile) (?:diesen|den) (?:artikel|beitrag)\b/,
    /\b(?:besuchen sie|besuche|besucht) uns (?:auf|bei) (?:facebook|instagram|twitter|youtube|tiktok|linkedin)\b/,
    /\bunser(?:en)? (?:whatsapp|telegram|youtube)-?kanal\b/,
  ],
})
