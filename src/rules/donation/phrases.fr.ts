import { definePhrases } from '../../helpers/phrases.js'

// Appels aux dons, français.
export default definePhrases('fr', {
  labels: ['Faire un don', 'Soutenez-nous', 'Je fais un don', 'Nous soutenir', 'Je soutiens', 'Faire un don maintenant', 'Soutenir'],
  prefixes: ['Faire un don:', 'Soutenez-nous:'],
  patterns: [
    /\b(?:votre|un) don (?:nous )?(?:permet|aide)\b/,
    /\bsoutenez (?:notre|un) (?:journalisme|média|travail)\b/,
    /\bfaites un don\b/,
    /\bgrâce à (?:votre|vos) (?:soutien|dons)\b/,
  ],
})
