import { definePhrases } from '../../helpers/phrases.js'

// Promotions d'application, français.
export default definePhrases('fr', {
  labels: ["Télécharger l'application", "Téléchargez l'application", 'Disponible sur Google Play'],
  patterns: [/\btéléchargez (?:notre|l')\s?application\b/, /\bdisponible sur (?:l'app store|google play)\b/],
})
