import { definePhrases } from '../../helpers/phrases.js'

// Formulaires et compteurs de commentaires, français.
export default definePhrases('fr', {
  labels: ['Commentaires', 'Laisser un commentaire', 'Ajouter un commentaire', 'Répondre', 'Annuler la réponse', 'Réagir', 'Laisser une réponse', 'Commenter', 'Réagissez', 'Réagir à cet article', 'Vos réactions', 'Votre commentaire', 'Ajouter votre commentaire'],
  patterns: [
    // The likes widget of WordPress.com and Jetpack ("J'aime :", "%d … like this:" with the count left unfilled by a scraper).
    /^(?:%d|\d+) blogueurs aiment cette page\b/, /^j['’]aime\s?:?(?: chargement\W*)?$/u,
    // Feedback prompts under the article: "Your feedback will help us build a better experience", "Help us improve this page".
    /\bvotre avis nous aide à (?:améliorer|construire)\b/,
    /^aidez-nous à améliorer (?:cette page|notre site|votre expérience)\b/,
    /\bvotre adresse (?:e-?mail|de messagerie) ne sera pas publiée\b/,
    /\bles champs obligatoires sont indiqués\b/,
    /^(?:\d+|aucun) commentaires?(?:$| ?:| (?:sur|à) [^\p{L}\p{N}\s])/u,
    /^\d+ commentaires?\b(?!.*[.!?]["”’)]?$)/,
    /\benregistrer mon nom, mon e-?mail et mon site\b/,
    /^commentaires \(\d+\)/,
    /\ben publiant (?:un|votre) commentaire,? vous acceptez\b/,
  ],
})
