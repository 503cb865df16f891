import { definePhrases } from '../../helpers/phrases.js'

// Pedidos de doação e apoio, português.
export default definePhrases('pt', {
  labels: ['Doe agora', 'Faça uma doação', 'Apoie-nos', 'Apoie o jornalismo independente', 'Seja um apoiador', 'Seja apoiante', 'Contribua'],
  prefixes: ['Doe:', 'Apoie-nos:'],
  patterns: [
    /\b(?:sua|uma) (?:doação|contribuição) (?:nos )?(?:ajuda|permite|garante)\b/,
    /\bapoie (?:o nosso|a nossa|o jornalismo)\b/,
    /\bfaça (?:já )?uma doação\b/,
    /\bseja (?:um |uma )?(?:apoiador|apoiadora|apoiante|membro|sócio)\b/,
  ],
})
