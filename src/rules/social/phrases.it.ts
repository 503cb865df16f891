import { definePhrases } from '../../helpers/phrases.js'

// Inviti a seguire e a condividere, italiano.
export default definePhrases('it', {
  labels: ['Condividi', 'Condividi su Facebook', 'Condividi su Twitter', 'Condividi su WhatsApp', 'Condividi questo articolo', 'Seguici', 'Seguici su Facebook', 'Seguici sui social', 'Aggiungi come fonte preferita su Google', 'Seguici su Google News'],
  prefixes: ['Condividi:', 'Seguici:', 'Seguici su:', 'Condividi questo articolo:'],
  patterns: [
    // A follow button with a name; accepted only when the name is capitalised (see follow-share.ts).
    /^segui(?: [\p{L}\p{N}&'’.-]+){1,4}$/u,
    /\bseguici (?:su|sui|anche su)\b/, /\bcondividi (?:questo articolo|l'articolo|questo post)\b/, /\biscriviti al nostro canale\b/],
})
