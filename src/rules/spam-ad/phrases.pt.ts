import { definePhrases } from '../../helpers/phrases.js'

// Rótulos de publicidade, português.
export default definePhrases('pt', {
  labels: ['Publicidade', 'Anúncio', 'Conteúdo patrocinado', 'Patrocinado', 'Continua depois da publicidade', 'Continua após a publicidade', 'Conteúdo de marca', 'Conteúdo pago', 'Em parceria com', 'Apresentado por', 'Patrocinado por'],
  prefixes: ['Publicidade:'],
})
