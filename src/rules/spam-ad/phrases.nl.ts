import { definePhrases } from '../../helpers/phrases.js'

// Advertentielabels, Nederlands.
export default definePhrases('nl', {
  labels: ['Advertentie', 'Advertenties', 'Gesponsord', 'Gesponsorde inhoud', 'Betaalde content', 'Lees verder na de advertentie', 'Het artikel gaat verder onder de advertentie', 'Partnercontent', 'In samenwerking met', 'Gepresenteerd door', 'Gesponsord door'],
  prefixes: ['Advertentie:', 'Gesponsord:'],
})
