import { definePhrases } from '../../helpers/phrases.js'

// En-têtes de listes de liens, français.
export default definePhrases('fr', {
  labels: ['Lire aussi', 'À lire aussi', 'Lire la suite', 'Sur le même sujet', 'Articles similaires', 'Articles liés', 'À voir aussi', 'Les plus lus', 'Voir aussi'],
  prefixes: ['Lire aussi:', 'À lire aussi:', 'Voir aussi:', 'Lire:'],
})
