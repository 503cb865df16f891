import { definePhrases } from '../../helpers/phrases.js'

// Bandeaux cookies et consentement, français.
export default definePhrases('fr', {
  labels: ['Accepter les cookies', 'Tout accepter', 'Tout refuser', 'Paramètres des cookies', 'Gérer les cookies', 'Accepter et fermer', 'Continuer sans accepter', 'Personnaliser mes choix', 'Gérer mes préférences', 'Contenu externe', 'Afficher le contenu externe'],
  patterns: [
    /\b(?:nous utilisons|ce site utilise|notre site utilise) des cookies\b/,
    /\ben poursuivant votre navigation\b/,
    /\bvous acceptez l'utilisation (?:des|de) cookies\b/,
  ],
})
