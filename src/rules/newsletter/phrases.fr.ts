import { definePhrases } from '../../helpers/phrases.js'

// Inscriptions aux lettres d'information, français.
export default definePhrases('fr', {
  labels: ["S'abonner à la newsletter", 'Inscrivez-vous à notre newsletter', 'Newsletter', "Je m'inscris", 'Votre adresse e-mail', 'Recevoir la newsletter', "S'inscrire à la newsletter"],
  patterns: [
    /\ben vous inscrivant,? vous (?:acceptez|reconnaissez|consentez)\b/,
    /\binscrivez-vous (?:à|a) (?:notre|la) (?:newsletter|lettre d'information)\b/,
    /\brecevez (?:notre|la) newsletter\b/,
    /\bdans votre boîte (?:mail|de réception|aux lettres)\b/,
    /\bvous pouvez vous désinscrire à tout moment\b/,
  ],
})
