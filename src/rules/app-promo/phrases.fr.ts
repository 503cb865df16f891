import { definePhrases } from '../../helpers/phrases.js'

// Promotions d'application, français.
export default definePhrases('fr', {
  labels: ["Télécharger l'application", "Téléchargez l'application", 'Disponible sur Google Play', "Télécharger sur l'App Store", 'Notre application'],
  patterns: [
    /\bajouter (?:[\p{L}\p{N}.'’-]+ ){0,3}(?:à|sur) (?:votre |l')écran d'accueil\b/u,
    /\btéléchargez (?:notre|l')\s?application\b/, /\bdisponible sur (?:l'app store|google play)\b/, /\btéléchargez (?:gratuitement )?l'appli\b/],
})
