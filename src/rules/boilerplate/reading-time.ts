import { CERTAIN, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'

/**
 * Reading-time stamps: "8 min read", "Lesezeit: ca. 3 Minuten", "7 min Lesezeit", "Temps de
 * lecture : 4 min", "Ten tekst przeczytasz w 1 minutę", and the label alone ("Lesezeit:") whose
 * value sits in the next block. They describe the page, not the story.
 * - The whole block is the stamp (label, number, unit, in any order the languages use): CERTAIN.
 * - A short dateline that ends in the stamp ("Last updated on 20 Feb, 2020. 3 min read",
 *   "dzisiaj, 08:07 Ten tekst przeczytasz w 1 minutę"): STRONG, at most `maxWords` words.
 * A sentence that mentions minutes of reading ("It takes 10 minutes to read the report.") has
 * other words and ends like a sentence: it stays.
 */
const LABEL =
  '(?:estimated reading time|reading time|read time|lesezeit|lesedauer|geschätzte lesezeit|temps de lecture|durée de lecture|tiempo de lectura|tiempo estimado de lectura|' +
  'tempo di lettura|tempo de leitura|leestijd|leesduur|czas czytania|czas lektury)'
const UNIT = '(?:min|mins|min\\.|minutes?|minuten|minuut|minutos?|minuti|minut[aęy]?)'
const APPROX = '(?:(?:about|approx\\.?|ca\\.?|circa|etwa|rund|environ|aprox\\.?|cerca de|circa|ongeveer|około|ok\\.?) )?'
/** Only the label: "Lesezeit:", "Reading time". */
const LABEL_ONLY = new RegExp(`^${LABEL}\\s*:?$`, 'u')
/** The whole block is the stamp. */
const WHOLE = new RegExp(
  '^(?:' +
    [
      // `\s*(?::\s*)?`, not `\s*:?\s*`: two stars around an optional split a run of spaces in as
      // many ways as it is long (quadratic on a long run that fails).
      `${LABEL}\\s*(?::\\s*)?${APPROX}\\d+\\s*${UNIT}`,
      `\\d+\\s*${UNIT}\\s*(?:read|reading time|to read|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|leesduur|czytania)`,
      `(?:ten tekst |artykuł )?przeczytasz w (?:mniej niż )?${APPROX}(?:\\d+\\s*)?${UNIT}`,
      `(?:less than|under) (?:a|one|1) (?:min|minute) read`,
      `(?:read|lesen|lire|leer|leggi|lees|ler) (?:in )?${APPROX}\\d+\\s*${UNIT}`,
    ].join('|') +
    ')$',
  'u',
)
/** A short dateline that ends in the stamp. */
const TRAILING = new RegExp(`(?:^|[\\s.,·|–-])(?:\\d+\\s*${UNIT}\\s*(?:read|lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd)|ten tekst przeczytasz w \\d+\\s*${UNIT})$`, 'u')
/** Every stamp has one of these words: most blocks are ruled out by one cheap test. */
const MAY_BE = /min|lesezeit|lesedauer|lecture|lectura|lettura|leitura|leestijd|leesduur|czytania|lektury|przeczytasz/i

export const readingTime = defineRule({
  meta: {
    id: 'boilerplate/reading-time',
    category: 'boilerplate',
    description: 'Remove reading-time stamps ("8 min read", "Lesezeit: ca. 3 Minuten", "Ten tekst przeczytasz w 1 minutę").',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 12 },
  },
  patterns: [LABEL_ONLY, WHOLE, TRAILING, MAY_BE],
  create(context) {
    return {
      block(block) {
        if (block.words === 0 || block.words > context.options.maxWords || block.lines > 1 || !MAY_BE.test(block.text)) return
        const norm = block.norm.replace(/[.!]$/, '')
        if (LABEL_ONLY.test(norm) || WHOLE.test(norm)) {
          context.report({ block, confidence: CERTAIN, reason: `A reading-time stamp ("${block.text.slice(0, 50)}").` })
        } else if (TRAILING.test(norm)) {
          context.report({ block, confidence: STRONG, reason: `A dateline that ends in a reading-time stamp ("${block.text.slice(0, 60)}").` })
        }
      },
    }
  },
})
