import { definePhrases } from '../../helpers/phrases.js'

// Disclaimers van de uitgever, Nederlands.
export default definePhrases('nl', {
  patterns: [
    /\b(?:geeft|geven) niet (?:noodzakelijk(?:erwijs)? )?(?:de mening|het standpunt) (?:weer )?van de redactie\b/,
    /\bkunnen wij een (?:kleine )?commissie ontvangen\b/,
  ],
})
