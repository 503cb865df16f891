import { CERTAIN, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { literalGate } from '../../helpers/literal-gate.js'

/**
 * Like, share, view and comment counters that lost their buttons: "3 likes", "1.2K shares",
 * "Aufrufe: 1234", "1.234 mal gelesen", "12 comentarios · 4 compartidos". Every part of the block
 * (split at `|`, `·`, `•`, `/`) must be a counter: a number with a counter word after it, or a
 * counter word with a colon and a number after it. A sentence with a number ("3 likes were enough")
 * has other words and stays.
 */
const NOUN = '(?:likes?|shares?|views?|comments?|reads?|reactions?|retweets?|reposts?|votes?|claps?|hits|visits|aufrufe|zugriffe|kommentare?|mal gelesen|mal geteilt|leser|gefällt mir|bewertungen|vues|partages|commentaires?|j\'aime|lectures|visitas|vistas|compartidos|comentarios?|me gusta|lecturas|visualizações|visualizacoes|comentários?|curtidas|partilhas|compartilhamentos|wyświetleń|wyświetlenia|odsłon|odsłony|komentarzy|komentarze|komentarz|polubień|udostępnień|weergaven|reacties|keer gelezen|keer gedeeld|visualizzazioni|commenti|condivisioni|letture|mi piace)'
// A number does not end in spaces (the `\s*` after it takes them): shared, they were another split.
const NUMBER = '\\d(?:[\\d.,\\s]{0,11}[\\d.,])?(?: ?(?:k|m|mio|tys))?\\.?'
// `\s*(?::\s*)?` rather than `\s*:?\s*`: two stars around an optional split a long run of spaces in
// quadratically many ways before failing.
const COUNTER_PART = new RegExp(`^(?:${NUMBER}\\s*${NOUN}|${NOUN}\\s*(?::\\s*)?${NUMBER})$`, 'u')
const SEPARATORS = /\s*[|·•/]\s*|\s{2,}/u
/** Cheap gates: a counter has a digit, and a counter word (from the shared literal scan). */
const HAS_DIGIT = /\d/
const mayHoldCounterWord = literalGate(COUNTER_PART)

export const counters = defineRule({
  meta: {
    id: 'social/counters',
    category: 'social',
    description: 'Remove like, share, view and comment counters ("3 likes", "1.2K shares", "Aufrufe: 1234").',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 12 },
  },
  patterns: [COUNTER_PART, SEPARATORS],
  create(context) {
    return {
      block(block) {
        if (block.words === 0 || block.words > context.options.maxWords || block.lines > 1 || !HAS_DIGIT.test(block.text) || !mayHoldCounterWord(block)) return
        const parts = block.norm.split(SEPARATORS).map((p) => p.trim()).filter(Boolean)
        if (parts.length === 0 || !parts.every((p) => COUNTER_PART.test(p))) return
        context.report({ block, confidence: parts.length > 1 ? CERTAIN : STRONG, reason: `The block is only a like/share/view counter ("${block.text.slice(0, 60)}").` })
      },
    }
  },
})
