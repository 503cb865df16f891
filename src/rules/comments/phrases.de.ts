import { definePhrases } from '../../helpers/phrases.js'

// Kommentarformulare, -zähler und Bewertungs-Widgets, Deutsch.
export default definePhrases('de', {
  labels: [
    'Kommentieren', 'Jetzt kommentieren', 'Artikel kommentieren', 'Beitrag kommentieren',
    'Kommentare', 'Kommentar', 'Kommentar schreiben', 'Kommentar verfassen', 'Schreibe einen Kommentar', 'Hinterlasse einen Kommentar', 'Antworten', 'Antwort abbrechen', 'Kommentare anzeigen', 'Kommentare geschlossen', 'Noch keine Kommentare', 'Diskutieren Sie mit',
    'Kommentar abschicken', 'Kommentar absenden', 'Alle Kommentare anzeigen', 'Kommentare lesen', 'Antwort hinterlassen', 'Schreibe eine Antwort', 'Noch keine Bewertungen', 'War der Artikel nützlich?', 'War dieser Artikel hilfreich?', 'War dieser Beitrag hilfreich?',
    'Ihre Meinung', 'Ihre Meinung ist gefragt', 'Leserkommentare', 'Kommentar hinzufügen', 'Trackbacks',
  ],
  prefixes: ['Kommentare:'],
  patterns: [
    // The likes widget of WordPress.com and Jetpack ("Gefällt mir:", "%d … like this:" with the count left unfilled by a scraper).
    /^(?:%d|\d+) bloggern gefällt das\b/, /^(?:gefällt mir|liken):?(?: (?:wird geladen|lade)\W*)?$/u,
    // Feedback prompts under the article: "Your feedback will help us build a better experience", "Help us improve this page".
    /\b(?:ihr|dein) feedback hilft uns\b/,
    /^helfen sie uns,? (?:diese seite|unser angebot|unsere inhalte) zu verbessern\b/,
    /\bdeine e-mail-adresse wird nicht veröffentlicht\b/,
    /\bihre e-mail-adresse wird nicht veröffentlicht\b/,
    /\berforderliche felder sind (?:mit \* )?markiert\b/,
    // Zähler: die ganze Zeile oder vor einem Titel in Anführungszeichen; "Ein Kommentar von …" (Meinungsstück) bleibt.
    /^(?:\d+|keine|ein|eine) kommentare?(?:$| ?:| zu [^\p{L}\p{N}\s])/u,
    /^\d+ kommentare?\b(?!.*[.!?]["”’)]?$)/,
    /^(?:es gibt )?(?:noch )?keine kommentare (?:vorhanden|bisher|zu diesem (?:artikel|beitrag))\b/,
    /\bkommentare (?:sind|wurden) (?:geschlossen|deaktiviert)\b/,
    /^kommentare insgesamt: ?\d/, // uCoz template: "Kommentare insgesamt: 0"
    /^aufrufe: ?\d/, // uCoz template: "Aufrufe: 1120 | Hinzugefügt von: …" (counter line above the comments)
    /\bkommentarfeed\b/, // WordPress theme line: "Kommentarfeed | Kommentare geschlossen | Trackback-URL"
    /\b(?:du musst|sie müssen) (?:eingeloggt|angemeldet) sein,? um\b.{0,30}\bkommentar/,
    // "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können", "Du musst dich anmelden, um einen Kommentar zu schreiben".
    /\b(?:du musst dich|sie müssen sich|bitte melden sie sich|bitte melde dich) (?:einloggen|anmelden|registrieren|an),? um\b.{0,40}\b(?:kommentar|diskussion|antwort|mitzudiskutieren)/,
    /\bbenachrichtige mich über (?:nachfolgende|neue) (?:kommentare|beiträge)\b/,
    /\bmeinen namen, (?:meine )?e-mail(?:-adresse)? und (?:meine )?website in diesem browser speichern\b/,
    /\bakismet, um spam zu reduzieren\b/,
    // Regeln des Kommentarformulars und Zähler: "Bitte beachten Sie unsere Netiquette", "Kommentare (3)".
    /\bbitte (?:beachten sie|beachte) (?:unsere|die) netiquette\b/,
    /\bmit dem absenden (?:ihres|deines) kommentars?\b/,
    /^kommentare \(\d+\)/,
  ],
})
