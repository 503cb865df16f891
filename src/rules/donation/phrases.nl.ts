import { definePhrases } from '../../helpers/phrases.js'

// Oproepen om te doneren of te steunen, Nederlands.
export default definePhrases('nl', {
  labels: ['Doneer', 'Doneer nu', 'Steun ons', 'Word lid', 'Word donateur', 'Word steunlid', 'Steun onafhankelijke journalistiek', 'Steun onze journalistiek'],
  prefixes: ['Doneer:', 'Steun ons:'],
  patterns: [
    /\b(?:uw|jouw|een) (?:donatie|bijdrage|gift) (?:helpt|maakt|zorgt)\b/,
    /\bsteun (?:ons|onze journalistiek|onafhankelijke journalistiek|ons werk)\b/,
    /\bdoneer (?:nu|vandaag|hier|via)\b/,
    /\bword (?:nu )?(?:lid|donateur|steunlid)\b/,
  ],
})
