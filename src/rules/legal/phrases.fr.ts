import { definePhrases } from '../../helpers/phrases.js'

// Avertissements de l'éditeur, français.
export default definePhrases('fr', {
  labels: ['Avertissement'],
  patterns: [
    /\bn'engage(?:nt)? que (?:leurs?|son|ses) auteurs?\b/,
    /\bne refl[eè]te(?:nt)? pas (?:nécessairement )?(?:l'opinion|les opinions|le point de vue|la position) de la rédaction\b/,
    /\b(?:nous|je) (?:pouvons|pourrions|peux|pourrais) (?:percevoir|toucher|recevoir) une commission\b/,
  ],
})
