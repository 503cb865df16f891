import { definePhrases } from '../../helpers/phrases.js'

// Inscrições em newsletters, português.
export default definePhrases('pt', {
  labels: ['Newsletter', 'Assine a nossa newsletter', 'Assine nossa newsletter', 'Inscreva-se na newsletter', 'Receba a newsletter', 'Seu e-mail', 'O seu e-mail', 'Subscreva a newsletter'],
  prefixes: ['Newsletter:'],
  patterns: [
    /\bao (?:se inscrever|se cadastrar|subscrever|assinar),? (?:você )?(?:concorda|aceita)\b/,
    /\b(?:assine|subscreva|inscreva-se (?:na|em)|cadastre-se (?:na|em)) (?:a )?(?:nossa )?newsletter\b/,
    /\breceba (?:a nossa|nossa|a) newsletter\b/,
    /\bna sua caixa de (?:entrada|e-mail|correio)\b/,
    /\bpode cancelar (?:a (?:sua )?(?:inscrição|subscrição) )?a qualquer momento\b/,
  ],
})
