import { definePhrases } from '../../helpers/phrases.js'

// Koppen boven lijsten met links, Nederlands.
export default definePhrases('nl', {
  labels: ['Meer informatie', 'Gerelateerde onderwerpen', 'Lees verder', 'Lees ook', 'Lees meer', 'Gerelateerde artikelen', 'Gerelateerd', 'Meer over dit onderwerp', 'Meest gelezen', 'Ook interessant', 'Dit vind je misschien ook leuk', 'Bekijk ook', 'Meer nieuws', 'Recente berichten', 'Gerelateerde berichten'],
  prefixes: ['Lees ook:', 'Lees meer:', 'Bekijk ook:', 'Gerelateerd:', 'Lees:'],
})
