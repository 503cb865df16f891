import { definePhrases } from '../../helpers/phrases.js'

// Convites para seguir e partilhar, português.
export default definePhrases('pt', {
  labels: ['Compartilhar', 'Partilhar', 'Compartilhe', 'Partilhe', 'Compartilhar no Facebook', 'Partilhar no Facebook', 'Compartilhar no WhatsApp', 'Siga-nos', 'Compartilhe este artigo', 'Partilhe este artigo', 'Siga-nos nas redes sociais', 'Adicionar como fonte preferida no Google', 'Siga-nos no Google Notícias'],
  prefixes: ['Compartilhar:', 'Partilhar:', 'Siga-nos:', 'Siga-nos no:', 'Siga-nos em:'],
  patterns: [
    // A follow button with a name; accepted only when the name is capitalised (see follow-share.ts).
    /^siga(?: [\p{L}\p{N}&'’.-]+){1,4}$/u,
    /\bsiga-nos (?:no|nas|em)\b/, /\b(?:compartilhe|partilhe) (?:este|esta|essa) (?:artigo|notícia|matéria)\b/, /\bnosso canal (?:no|do) (?:youtube|whatsapp|telegram)\b/],
})
