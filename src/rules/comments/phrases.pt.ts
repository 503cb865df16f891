import { definePhrases } from '../../helpers/phrases.js'

// Formulários e contadores de comentários, português (WordPress em português e afins).
export default definePhrases('pt', {
  labels: ['Comentários', 'Deixe um comentário', 'Deixe uma resposta', 'Cancelar resposta', 'Responder', 'Comentar', 'Sem comentários', 'Escreva um comentário', 'Seu comentário', 'Deixe seu comentário', 'Deixe o seu comentário'],
  prefixes: ['Comentários:'],
  patterns: [
    // The likes widget of WordPress.com and Jetpack ("Curtir isso:", "%d … like this:" with the count left unfilled by a scraper).
    /^(?:%d|\d+) blogueiros (?:gostam|curtem) (?:disto|disso|isto)\b/, /^(?:curtir(?: isso)?|gosto disto|gostar):?(?: carregando\W*)?$/u,
    // Feedback prompts under the article: "Your feedback will help us build a better experience", "Help us improve this page".
    /\b(?:o )?seu feedback (?:nos )?ajuda a melhorar\b/,
    /^ajude-nos a melhorar (?:esta página|o site|a sua experiência)\b/,
    /\b(?:o seu|seu) endereço de e-?mail não será publicado\b/,
    /\bcampos obrigatórios são marcados\b/,
    /^(?:\d+|sem|nenhum) comentários?(?:$| ?:| (?:em|sobre|para) [^\p{L}\p{N}\s])/u,
    /^\d+ comentários?\b(?!.*[.!?]["”’)]?$)/,
    /\b(?:salvar|guardar) (?:o )?meu nome, e-?mail e site\b/,
    /^comentários \(\d+\)/,
  ],
})
