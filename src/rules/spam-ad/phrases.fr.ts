import { definePhrases } from '../../helpers/phrases.js'

// Mentions publicitaires, français.
export default definePhrases('fr', {
  labels: ['Publicité', 'Contenu sponsorisé', 'Sponsorisé', 'Annonce', 'La suite après la publicité', 'Suite après la publicité', "L'article continue après la publicité", 'Contenu partenaire', 'Publi-rédactionnel', 'En partenariat avec', 'Présenté par', 'Sponsorisé par'],
  prefixes: ['Publicité:'],
})
