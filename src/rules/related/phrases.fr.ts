import { definePhrases } from '../../helpers/phrases.js'

// En-têtes de listes de liens, français.
export default definePhrases('fr', {
  labels: [
    'Lire aussi', 'À lire aussi', 'Lire la suite', 'Sur le même sujet', 'Articles similaires', 'Articles liés', 'À voir aussi', 'Les plus lus', 'Voir aussi',
    'À lire également', 'Lire également', 'Dans la même rubrique', 'Vous aimerez aussi', 'Ces articles peuvent vous intéresser', 'Articles récents', 'À découvrir aussi', 'Les plus populaires',
    'Audios et vidéos sur le sujet', // DW template
  ],
  prefixes: ['Lire aussi:', 'À lire aussi:', 'Voir aussi:', 'Lire:', 'À lire également:', 'Lire également:', 'À voir aussi:'],
})
