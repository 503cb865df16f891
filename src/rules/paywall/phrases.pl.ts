import { definePhrases } from '../../helpers/phrases.js'

// Paywalle i komunikaty dla subskrybentów, polski.
export default definePhrases('pl', {
  labels: ['Wykup subskrypcję', 'Kup subskrypcję', 'Masz już subskrypcję? Zaloguj się', 'Treść premium', 'Artykuł dostępny dla subskrybentów', 'Tylko dla subskrybentów', 'Czytaj dalej z subskrypcją'],
  patterns: [/\bmasz już (?:subskrypcję|prenumeratę|konto)\b.{0,20}\bzaloguj\b/, /\b(?:ten )?artykuł (?:jest )?dostępny (?:tylko )?dla (?:subskrybentów|prenumeratorów)\b/, /\baby (?:czytać|przeczytać) (?:dalej|cały artykuł)\b.{0,40}\b(?:subskrypcj|prenumerat|zaloguj)/],
})
