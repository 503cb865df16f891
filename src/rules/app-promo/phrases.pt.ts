import { definePhrases } from '../../helpers/phrases.js'

// Promoção de aplicativos, português.
export default definePhrases('pt', {
  labels: ['Baixe o app', 'Baixe o aplicativo', 'Baixe nosso app', 'Descarregue a app', 'Disponível no Google Play', 'Disponível na App Store'],
  patterns: [
    /\badicion(?:ar|e) (?:[\p{L}\p{N}.'’-]+ ){0,3}(?:à|a sua) (?:tela|ecrã) (?:inicial|principal)\b/u,
    /\bbaixe (?:o|nosso|o nosso) (?:app|aplicativo)\b/, /\bdescarregue (?:a|a nossa) (?:app|aplicação)\b/, /\bdisponível (?:no google play|na app store)\b/],
})
