import { definePhrases } from '../../helpers/phrases.js'

// Überschriften von Linklisten, Deutsch.
export default definePhrases('de', {
  labels: ['Mehr zum Thema', 'Verwandte Artikel', 'Lesen Sie auch', 'Lesen Sie mehr', 'Auch interessant', 'Das könnte Sie auch interessieren', 'Das könnte dich auch interessieren', 'Weitere Artikel', 'Ähnliche Artikel', 'Ähnliche Beiträge', 'Mehr Themen', 'Meistgelesen', 'Empfehlungen', 'Schon gelesen', 'Zum Weiterlesen', 'Weiterlesen', 'Mehr dazu', 'Passend zum Thema', 'Weitere Nachrichten', 'Das Thema könnte dich auch interessieren', 'Auch spannend', 'Verwandte Themen'],
  prefixes: ['Lesen Sie auch:', 'Mehr zum Thema:', 'Auch interessant:', 'Lesetipp:', 'Mehr dazu:', 'Weiterlesen:', 'Mehr Themen:'],
})
