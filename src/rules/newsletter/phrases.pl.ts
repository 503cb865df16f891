import { definePhrases } from '../../helpers/phrases.js'

// Zapisy do newslettera, polski.
export default definePhrases('pl', {
  labels: ['Newsletter', 'Zapisz się do newslettera', 'Zapisz się', 'Zapisz się na newsletter', 'Twój adres e-mail', 'Adres e-mail', 'Subskrybuj newsletter'],
  prefixes: ['Newsletter:'],
  patterns: [
    /\b(?:zapisując|rejestrując) się,? (?:akceptujesz|zgadzasz się|wyrażasz zgodę)\b/,
    /\bzapisz się (?:do|na) (?:naszego )?newsletter(?:a)?\b/,
    /\b(?:otrzymuj|subskrybuj) (?:nasz )?newsletter\b/,
    /\bna (?:twoją|swoją) skrzynkę (?:e-mail|pocztową)\b/,
    /\bz (?:newslettera|subskrypcji) (?:możesz|można) (?:się )?wypisać w każdej chwili\b/,
  ],
})
