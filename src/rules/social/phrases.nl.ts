import { definePhrases } from '../../helpers/phrases.js'

// Oproepen om te volgen en te delen, Nederlands.
export default definePhrases('nl', {
  labels: ['Delen', 'Deel dit', 'Deel dit artikel', 'Deel dit bericht', 'Delen op Facebook', 'Delen op Twitter', 'Delen via WhatsApp', 'Volg ons', 'Volg ons op Facebook', 'Volg ons op social media', 'Toevoegen als voorkeursbron in Google', 'Volg ons op Google Nieuws'],
  prefixes: ['Delen:', 'Volg ons:', 'Volg ons op:', 'Deel dit artikel:'],
  patterns: [
    // A follow button with a name; accepted only when the name is capitalised (see follow-share.ts).
    /^volg(?: [\p{L}\p{N}&'’.-]+){1,4}$/u,
    /\bvolg (?:ons|jij ons) (?:op|via)\b/, /\bdeel (?:dit|het) (?:artikel|bericht)\b/, /\bonze (?:whatsapp|telegram|youtube)-?kanaal\b/],
})
