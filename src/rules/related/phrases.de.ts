import { definePhrases } from '../../helpers/phrases.js'

// Überschriften von Linklisten, Deutsch.
export default definePhrases('de', {
  labels: [
    'Weitere Informationen', 'Weitere Infos', 'Weiterführende Links', 'Links zum Thema', 'Weiterführende Artikel',
    'Mehr zum Thema', 'Verwandte Artikel', 'Lesen Sie auch', 'Lesen Sie mehr', 'Auch interessant', 'Das könnte Sie auch interessieren', 'Das könnte dich auch interessieren', 'Weitere Artikel', 'Ähnliche Artikel', 'Ähnliche Beiträge', 'Mehr Themen', 'Meistgelesen', 'Empfehlungen', 'Schon gelesen', 'Zum Weiterlesen', 'Weiterlesen', 'Mehr dazu', 'Passend zum Thema', 'Weitere Nachrichten', 'Das Thema könnte dich auch interessieren', 'Auch spannend', 'Verwandte Themen',
    'Themen im Artikel', // bench: tag list under German news articles
    'Noch mehr Infos für dich', // bench: German magazine teaser rail
    'Heute empfehlen wir', // bench: shop/magazine teaser rail
    'Meistdiskutiert', 'Meist diskutiert', 'Meistgelesene Artikel', 'Meistgelesen heute',
    'Audios und Videos zum Thema', // DW template
    'Siehe auch', 'Weitere Beiträge', 'Neueste Beiträge', 'Neueste Artikel', 'Beliebte Beiträge', 'Beliebte Artikel', 'Ebenfalls interessant', 'Auch lesenswert', 'Ähnliche Themen', 'Weitere Themen', 'Mehr aus dem Ressort', 'Empfehlungen der Redaktion',
  ],
  prefixes: ['Lesen Sie auch:', 'Mehr zum Thema:', 'Auch interessant:', 'Lesetipp:', 'Mehr dazu:', 'Weiterlesen:', 'Mehr Themen:', 'Lesen Sie dazu:', 'Lesen Sie dazu auch:', 'Lesen Sie hier:', 'Siehe auch:', 'Auch lesenswert:', 'Passend dazu:', 'Zum Thema:'],
})
