import { definePhrases } from '../../helpers/phrases.js'

// Paywalls e avisos a assinantes, português.
export default definePhrases('pt', {
  labels: ['Assine', 'Assine já', 'Já é assinante? Entre', 'Já é assinante? Faça login', 'Conteúdo exclusivo para assinantes', 'Exclusivo para assinantes'],
  patterns: [/\bjá (?:é|sou) assinante\b/, /\bpara (?:continuar lendo|continuar a ler|ler (?:a matéria|o artigo) complet[oa])\b.{0,30}\b(?:assine|entre|faça login|registe-se|cadastre-se)\b/, /\bconteúdo exclusivo para assinantes\b/],
})
