import { definePhrases } from '../../helpers/phrases.js'

// Betaalmuren en abonnee-meldingen, Nederlands.
export default definePhrases('nl', {
  labels: ['Neem een abonnement', 'Word abonnee', 'Al abonnee? Log in', 'Alleen voor abonnees', 'Premium artikel', 'Lees verder met een abonnement'],
  patterns: [/\bal abonnee\b.{0,20}\blog ?in\b/, /\bom (?:dit artikel|verder) te lezen\b.{0,40}\b(?:abonnement|abonnee|inloggen|log in)\b/, /\bdit (?:artikel|verhaal) is (?:alleen|exclusief) (?:beschikbaar )?voor abonnees\b/],
})
