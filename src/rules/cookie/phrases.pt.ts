import { definePhrases } from '../../helpers/phrases.js'

// Avisos de cookies e consentimento, português.
export default definePhrases('pt', {
  labels: ['Aceitar cookies', 'Aceitar todos', 'Aceitar', 'Rejeitar todos', 'Rejeitar', 'Configurações de cookies', 'Definições de cookies', 'Política de cookies', 'Gerir cookies', 'Gerenciar cookies', 'Conteúdo externo', 'Mostrar conteúdo externo'],
  patterns: [
    /\b(?:utilizamos|usamos|este (?:site|website) (?:utiliza|usa)) cookies\b/,
    /\b(?:ao continuar (?:a navegar|navegando)|ao utilizar este site)\b.{0,80}\b(?:concorda|aceita)\b/,
  ],
})
