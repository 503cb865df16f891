import { definePhrases } from '../../helpers/phrases.js'

// Avisos do editor, português.
export default definePhrases('pt', {
  patterns: [
    // The site's content licence: "Except where otherwise noted, content on this site is licensed under …".
    /\bsalvo indicação em contrário,? (?:o conteúdo|os conteúdos|este site)\b.{0,60}\blicença\b/,
    /\bnão reflete(?:m)? necessariamente (?:a opinião|as opiniões|o ponto de vista|a posição)\b/,
    /\bpodemos receber uma comissão\b/,
  ],
})
