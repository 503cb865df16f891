import { definePhrases } from '../../helpers/phrases.js'

// Avertissements de l'éditeur, français.
export default definePhrases('fr', {
  labels: ['Avertissement'],
  patterns: [
    // The site's content licence: "Except where otherwise noted, content on this site is licensed under …".
    /\bsauf mention contraire,? (?:le contenu|les contenus|ce site)\b.{0,60}\blicence\b/,
    /\bn'engage(?:nt)? que (?:leurs?|son|ses) auteurs?\b/,
    /\bne refl[eè]te(?:nt)? pas (?:nécessairement )?(?:l'opinion|les opinions|le point de vue|la position) de la rédaction\b/,
    /\b(?:nous|je) (?:pouvons|pourrions|peux|pourrais) (?:percevoir|toucher|recevoir) une commission\b/,
  ],
})
