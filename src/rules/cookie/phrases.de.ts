import { definePhrases } from '../../helpers/phrases.js'

// Cookie- und Einwilligungshinweise, Deutsch.
export default definePhrases('de', {
  labels: ['Cookies akzeptieren', 'Alle akzeptieren', 'Alle Cookies akzeptieren', 'Cookie-Einstellungen', 'Datenschutzeinstellungen', 'Einwilligung verwalten', 'Akzeptieren', 'Ablehnen', 'Alle ablehnen', 'Nur notwendige Cookies', 'Auswahl speichern', 'Einstellungen speichern', 'Cookie-Richtlinie', 'Cookies zulassen', 'Externer Inhalt', 'Externe Inhalte', 'Inhalte anzeigen', 'Externe Inhalte anzeigen'],
  patterns: [
    // Platzhalter für eingebettete Inhalte: "Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com blockiert", "Ich bin einverstanden, dass ich diesen Inhalt angezeigt bekomme".
    /\b(?:automatische )?laden (?:der|von) (?:externen )?inhalten?\b.{0,60}\bblockiert\b/,
    /\bich bin (?:damit )?einverstanden, dass (?:mir )?(?:ich )?(?:externe |externen |dieser |diese |diesen )?inhalte?\b/,
    /\b(?:wir verwenden|diese (?:website|webseite|seite) verwendet|wir nutzen|diese (?:website|webseite|seite) nutzt) cookies\b/,
    /\bmit der nutzung (?:dieser|unserer) (?:website|webseite|seite) (?:stimmen|erklären) sie\b/,
    /\bwenn sie (?:diese|unsere) (?:website|webseite|seite) weiter(?:hin)? nutzen\b/,
    /\b(?:externe inhalte|cookies) (?:zu )?(?:akzeptieren|zulassen|aktivieren)\b.{0,60}\bdatenschutzerklärung\b/,
  ],
})
