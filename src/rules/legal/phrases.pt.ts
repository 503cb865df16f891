import { definePhrases } from '../../helpers/phrases.js'

// Avisos do editor, português.
export default definePhrases('pt', {
  patterns: [
    /\bnão reflete(?:m)? necessariamente (?:a opinião|as opiniões|o ponto de vista|a posição)\b/,
    /\bpodemos receber uma comissão\b/,
  ],
})
