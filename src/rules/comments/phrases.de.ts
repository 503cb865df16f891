import { definePhrases } from '../../helpers/phrases.js'

// Kommentarformulare und -zähler, Deutsch.
export default definePhrases('de', {
  labels: ['Kommentare', 'Kommentar', 'Kommentar schreiben', 'Kommentar verfassen', 'Schreibe einen Kommentar', 'Hinterlasse einen Kommentar', 'Antworten', 'Antwort abbrechen', 'Kommentare anzeigen', 'Kommentare geschlossen', 'Noch keine Kommentare', 'Diskutieren Sie mit'],
  prefixes: ['Kommentare:'],
  patterns: [
    /\bdeine e-mail-adresse wird nicht veröffentlicht\b/,
    /\bihre e-mail-adresse wird nicht veröffentlicht\b/,
    /\berforderliche felder sind (?:mit \* )?markiert\b/,
    /^(?:\d+|keine|ein|eine) kommentare?\b/,
    /\bkommentare (?:sind|wurden) (?:geschlossen|deaktiviert)\b/,
  ],
})
