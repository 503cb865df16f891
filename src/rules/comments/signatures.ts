import { STRONG } from '../../core/confidence.js'
import type { Block } from '../../types.js'
import { defineRule } from '../../helpers/define.js'

/**
 * The signature lines of a comment thread: "Posted by: matt wilbert at October 28, 2012 02:30 PM",
 * "Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08", "Anna schrieb am 3. Mai 2021 um 14:02:".
 * One such line is the article's own byline; a thread has many. So a line counts only when
 * - it is short (at most `maxWords`), one line, and holds a date or a clock time;
 * - it starts with a poster label ("Posted by", "Submitted by:", "Von:", "Publié par") or reads
 *   "<name> said/wrote … <date>" in one of eight languages;
 * - at least `minProseWords` words of article prose come before it;
 * and the rule reports only when the document has at least `minSignatures` of them. The lines are
 * reported under `comments`, so that `comments/trailing-section` can cut the thread they sign.
 */
const MONTH =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|' +
  'januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januari|februari|maart|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|' +
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)'
/** "October 28, 2012", "1 Jan 08", "3. Mai", "02.01.2023", "2012-10-28", "8:21pm". */
const DATE = new RegExp(`\\b${MONTH}\\.? \\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\.? ${MONTH}\\b|\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b`, 'u')
/** A poster label at the start of the line. */
const POSTER =
  /^(?:(?:posted|submitted|written|commented|sent) by\b|(?:posted|comment|reply|from|by|name)\s*:|(?:geschrieben|gepostet|kommentiert|verfasst) von\b|(?:von|antwort)\s*:|(?:publié|posté|envoyé) par\b|par\s*:|(?:publicado|escrito|enviado) por\b|por\s*:|(?:inviato|scritto|pubblicato) da\b|(?:geplaatst|geschreven|ingezonden) door\b|door\s*:|(?:enviado|escrito|postado) por\b|(?:dodany|napisany|wysłany) przez\b|(?:autor|author|auteur)\s*:)/u
/** "<name> said on …", "<name> schrieb am …", "<name> a écrit le …": the name is at most a few words, with no sentence end before the verb. */
const SAID = /^[\p{L}\p{N}@][^.!?:]{0,40}? (?:said|says|wrote|writes|schrieb|schreibt|sagt|a écrit|écrit|dit|escribió|escribe|dice|ha scritto|scrive|schreef|zegt|escreveu|diz|napisał|napisała|pisze)\b/u

/** Whether a block is shaped like a comment's signature line. */
function isSignature(block: Block, maxWords: number): boolean {
  // Every date or time shape has a digit: most blocks are ruled out before they are normalised.
  if (block.words < 2 || block.words > maxWords || block.lines > 1 || !/\d/.test(block.text)) return false
  const norm = block.norm
  // A sentence ("The mayor said on March 3 that …") ends in a full stop; a signature ends in its date, time or a colon.
  if (block.endsLikeSentence && !/(?:\d|[ap]\.m)\.?$/.test(norm)) return false
  return DATE.test(norm) && (POSTER.test(norm) || SAID.test(norm))
}

export const commentSignatures = defineRule({
  meta: {
    id: 'comments/signatures',
    category: 'comments',
    description: 'Remove the signature lines of a comment thread ("Posted by: Name at October 28, 2012 02:30 PM") when the text has several after the article.',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 16, minSignatures: 3, minProseWords: 80 },
  },
  patterns: [DATE, POSTER, SAID],
  create(context) {
    const { maxWords, minSignatures, minProseWords } = context.options
    const found: Block[] = []
    let prose = 0
    return {
      block(block) {
        if (prose >= minProseWords && isSignature(block, maxWords)) found.push(block)
        else if (context.isProse(block)) prose += block.words
      },
      document() {
        if (found.length < minSignatures) return
        for (const block of found) {
          context.report({
            block,
            confidence: STRONG,
            reason: `One of ${found.length} comment signature lines after the article ("${block.text.slice(0, 50)}").`,
          })
        }
      },
    }
  },
})
