import { definePhrases } from '../../helpers/phrases.js'

// Spenden- und Unterstützungsaufrufe, Deutsch.
export default definePhrases('de', {
  labels: ['Jetzt spenden', 'Spenden', 'Unterstützen Sie uns', 'Unterstütze uns', 'Jetzt unterstützen', 'Mitglied werden'],
  prefixes: ['Jetzt spenden:', 'Spenden:'],
  patterns: [
    /\b(?:ihre|deine|eine) (?:spende|unterstützung) (?:hilft|ermöglicht|sichert|macht)\b/,
    /\bunterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)\b/,
    /\bunterstütze (?:uns|unsere arbeit)\b/,
    /\b(?:jetzt|bitte) spenden\b/,
  ],
})
