import { LIKELY, POSSIBLE, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { firstWord } from '../../helpers/first-word.js'

/**
 * A block that is only a date or a time ("Thursday 16 November 2023 17:59, UK", "02.02.2022",
 * "Updated: 3 hours ago"): the publication stamp a scraper kept. Every word must be a date word,
 * a number, a time-zone or a stamp label, and there must be a number; a headline that mentions a
 * date has other words and stays.
 */
const MONTHS = [
  // en
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // de
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'okt', 'dez', 'mrz',
  // fr
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'déc',
  // es
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic',
  // it
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'gen', 'mag', 'giu', 'lug', 'ott',
  // nl
  'januari', 'februari', 'maart', 'mei', 'augustus', 'mrt',
  // pt
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'dezembro', 'fev', 'dez',
  // pl (nominative and genitive)
  'styczeń', 'stycznia', 'luty', 'lutego', 'marzec', 'marca', 'kwiecień', 'kwietnia', 'maj', 'maja', 'czerwiec', 'czerwca', 'lipiec', 'lipca',
  'sierpień', 'sierpnia', 'wrzesień', 'września', 'październik', 'października', 'listopad', 'listopada', 'grudzień', 'grudnia', 'sty', 'lut', 'kwi', 'cze', 'lip', 'wrz', 'paź', 'gru',
]
const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sonnabend', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
]
const STAMP_WORDS = [
  'updated', 'update', 'published', 'posted', 'last', 'modified', 'on', 'at', 'am', 'pm', 'a', 'p', 'm', 'h', 'uhr', 'um', 'den', 'der', 'vom',
  'aktualisiert', 'veröffentlicht', 'stand', 'erstellt', 'publié', 'le', 'mis', 'à', 'jour', 'publicado', 'actualizado', 'el', 'de', 'del', 'a', 'las', 'los',
  'ago', 'hours', 'hour', 'minutes', 'minute', 'mins', 'min', 'days', 'day', 'yesterday', 'today', 'gestern', 'heute', 'vor', 'stunden', 'minuten', 'tagen',
  // it, nl, pt, pl
  'aggiornato', 'aggiornata', 'pubblicato', 'pubblicata', 'il', 'alle', 'ore', 'fa', 'ieri', 'oggi',
  'bijgewerkt', 'gepubliceerd', 'geplaatst', 'laatst', 'op', 'om', 'gisteren', 'vandaag', 'uur',
  'atualizado', 'atualizada', 'publicado', 'publicada', 'em', 'às', 'há', 'ontem', 'hoje',
  'opublikowano', 'zaktualizowano', 'aktualizacja', 'dnia', 'godz', 'r', 'o', 'dzisiaj', 'wczoraj',
  'uk', 'gmt', 'utc', 'bst', 'cet', 'cest', 'mez', 'mesz', 'est', 'edt', 'et', 'pst', 'pdt', 'pt', 'cst', 'cdt', 'ist', 'aest', 'th', 'st', 'nd', 'rd', 'of', 'and', 'und', 'et', 'y',
]
const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS])
const ALLOWED = new Set([...MONTHS, ...WEEKDAYS, ...STAMP_WORDS])
const NUMBER = /^\d{1,4}(?:st|nd|rd|th|er|º|°|am|pm|h)?$/
/** Digits other than ASCII that normalising (NFKC) turns into ASCII ones: superscripts, full-width, circled. */
const OTHER_DIGITS = /[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u24ff\uff10-\uff19]/
/** A stamp needs a number: most short blocks have no digit and are ruled out before their words are read. */
const mayHaveNumber = (text: string) => /\d/.test(text) || OTHER_DIGITS.test(text)
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b/

export const dateOnly = defineRule({
  meta: {
    id: 'dateline/date-only',
    category: 'dateline',
    description: 'Remove blocks that are only a date or time stamp ("Thursday 16 November 2023 17:59, UK") between article paragraphs; the aggressive presets also above or below the article.',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 12 },
  },
  patterns: [NUMBER, NUMERIC_DATE],
  create(context) {
    return {
      block(block) {
        if (block.words === 0 || block.words > context.options.maxWords || block.lines > 1 || !mayHaveNumber(block.text)) return
        // Every word must be a date word: the first one decides cheaply for most blocks.
        const first = firstWord(block)
        if (!ALLOWED.has(first) && !/^\d/.test(first)) return
        const words = block.key.split(' ')
        let numbers = 0
        let dateWords = 0
        for (const w of words) {
          if (NUMBER.test(w)) numbers++
          else if (DATE_WORDS.has(w)) dateWords++
          else if (!ALLOWED.has(w)) return
        }
        const numeric = NUMERIC_DATE.test(block.norm)
        if (numbers === 0) return
        // "2019" alone or "3 4" is a number, not a date: ask for a month or weekday, or a date/time shape.
        if (dateWords === 0 && !numeric) return
        // Inside the article (prose before and after it) a stamp interrupts the text. Above the
        // first paragraph or below the last it is the story's own dateline, which news corpora
        // count as part of the article: only the aggressive presets take it.
        const inside = block.index > context.stats.firstProse && block.index < context.stats.lastProse
        const base = dateWords > 0 && numbers > 0 ? STRONG : LIKELY
        context.report({
          block,
          confidence: inside ? base : POSSIBLE,
          reason: `The block is only a date or time stamp ("${block.text.slice(0, 60)}").`,
        })
      },
    }
  },
})
