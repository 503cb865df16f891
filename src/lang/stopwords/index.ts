import de from './de.js'
import en from './en.js'
import es from './es.js'
import fr from './fr.js'
import it from './it.js'
import nl from './nl.js'
import pl from './pl.js'
import pt from './pt.js'

/** Stop-word lists by ISO 639-1 code. */
export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = { en, de, fr, es, it, nl, pt, pl }

/** Every listed language's stop words: for text whose language is unknown. */
export const ANY_STOPWORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flatMap((s) => [...s]))

/** The stop words of `language`, or of every language when it is unknown or not listed. */
export function stopwordsFor(language: string | undefined): ReadonlySet<string> {
  return (language && STOPWORDS[language]) || ANY_STOPWORDS
}
