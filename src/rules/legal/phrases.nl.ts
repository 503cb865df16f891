import { definePhrases } from '../../helpers/phrases.js'

// Disclaimers van de uitgever, Nederlands.
export default definePhrases('nl', {
  patterns: [
    // The site's content licence: "Except where otherwise noted, content on this site is licensed under …".
    /\btenzij anders (?:vermeld|aangegeven),? (?:is|zijn|valt|vallen) (?:de )?(?:inhoud|content)\b.{0,60}\blicentie\b/,
    /\b(?:geeft|geven) niet (?:noodzakelijk(?:erwijs)? )?(?:de mening|het standpunt) (?:weer )?van de redactie\b/,
    /\bkunnen wij een (?:kleine )?commissie ontvangen\b/,
  ],
})
