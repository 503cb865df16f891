import { definePhrases } from '../../helpers/phrases.js'

// App-Werbung, Deutsch.
export default definePhrases('de', {
  labels: ['App herunterladen', 'Jetzt die App herunterladen', 'Laden im App Store', 'Jetzt bei Google Play'],
  patterns: [/\b(?:laden sie|lade dir|hol dir|holen sie sich) (?:jetzt )?(?:die|unsere) (?:kostenlose )?(?:[\p{L}\d&'.-]+ ){0,3}app\b/u, /\b(?:im|aus dem) app store (?:und|oder) (?:bei|im) google play\b/],
})
