import { describe, it } from 'vitest'
import { readingTime } from '../../../src/rules/boilerplate/reading-time.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(readingTime, {
  keep: [
    'It takes 10 minutes to read the report.',
    'Die Lesezeit des Berichts beträgt nach Angaben der Behörde etwa zwei Stunden.',
    'Read in 1968, the speech still moves people.',
    'The 5 min mile',
    'Reading time is family time, the school says.',
  ],
  remove: [
    'Ten tekst przeczytasz w mniej niż minutę',
    'Less than a minute read',
    '8 min read',
    '3 Min. read',
    'Lesezeit: ca. 3 Minuten',
    'Lesezeit:',
    '7 min Lesezeit',
    'Temps de lecture : 4 min',
    'Lesezeit  :  4 Min',
    'Reading time 5 minutes',
    'Tiempo de lectura: 5 minutos',
    '4 minuti di lettura',
    'Leestijd: 3 minuten',
    'Tempo de leitura: 2 min',
    'Czas czytania: 6 minut',
    'Last updated on 20 Feb, 2020. 3 min read',
    'dzisiaj, 08:07 Ten tekst przeczytasz w 1 minutę',
  ],
})
