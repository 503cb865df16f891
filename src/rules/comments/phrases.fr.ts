import { definePhrases } from '../../helpers/phrases.js'

// Formulaires et compteurs de commentaires, français.
export default definePhrases('fr', {
  labels: ['Commentaires', 'Laisser un commentaire', 'Ajouter un commentaire', 'Répondre', 'Annuler la réponse', 'Réagir', 'Laisser une réponse', 'Commenter', 'Réagissez', 'Réagir à cet article', 'Vos réactions', 'Votre commentaire', 'Ajouter votre commentaire'],
  patterns: [
    /\bvotre adresse (?:e-?mail|de messagerie) ne sera pas publiée\b/,
    /\bles champs obligatoires sont indiqués\b/,
    /^(?:\d+|aucun) commentaires?(?:$| ?:| (?:sur|à) [^\p{L}\p{N}\s])/u,
    /^\d+ commentaires?\b(?!.*[.!?]["”’)]?$)/,
    /\benregistrer mon nom, mon e-?mail et mon site\b/,
    /^commentaires \(\d+\)/,
    /\ben publiant (?:un|votre) commentaire,? vous acceptez\b/,
  ],
})
