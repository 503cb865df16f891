import { definePhrases } from '../../helpers/phrases.js'

// App-Werbung, Deutsch.
export default definePhrases('de', {
  labels: ['App herunterladen', 'Jetzt die App herunterladen', 'Laden im App Store', 'Jetzt bei Google Play', 'Unsere App', 'Zur App', 'Jetzt die App laden', 'Kostenlos im App Store'],
  patterns: [
    /\b(?:zum|zu ihrem|zu deinem) (?:startbildschirm|home-?bildschirm) hinzufügen\b/,
    /\b(?:laden sie|lade dir|hol dir|holen sie sich) (?:jetzt )?(?:die|unsere) (?:kostenlose )?(?:[\p{L}\d&'.-]+ ){0,3}app\b/u,
    /\b(?:im|aus dem) app store (?:und|oder) (?:bei|im) google play\b/,
    /\b(?:mit|in) (?:unserer|der) (?:kostenlosen )?.{0,30}\bapp (?:verpassen sie|verpasst du|bleiben sie|bleibst du|erhalten sie)\b/,
  ],
})
