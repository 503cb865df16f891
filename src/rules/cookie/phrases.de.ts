import { definePhrases } from '../../helpers/phrases.js'

// Cookie- und Einwilligungshinweise, Deutsch.
export default definePhrases('de', {
  labels: ['Cookies akzeptieren', 'Alle akzeptieren', 'Alle Cookies akzeptieren', 'Cookie-Einstellungen', 'Datenschutzeinstellungen', 'Einwilligung verwalten', 'Akzeptieren', 'Ablehnen', 'Alle ablehnen', 'Nur notwendige Cookies', 'Auswahl speichern', 'Einstellungen speichern', 'Cookie-Richtlinie', 'Cookies zulassen'],
  patterns: [
    /\b(?:wir verwenden|diese (?:website|webseite|seite) verwendet|wir nutzen|diese (?:website|webseite|seite) nutzt) cookies\b/,
    /\bmit der nutzung (?:dieser|unserer) (?:website|webseite|seite) (?:stimmen|erklären) sie\b/,
    /\bwenn sie (?:diese|unsere) (?:website|webseite|seite) weiter(?:hin)? nutzen\b/,
    /\b(?:externe inhalte|cookies) (?:zu )?(?:akzeptieren|zulassen|aktivieren)\b.{0,60}\bdatenschutzerklärung\b/,
  ],
})
