import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { html } from './helpers.js'

/**
 * Nothing is lost silently in HTML mode either: every word a reader of the page could see is in
 * the output or in a removal's text. The page's visible words are taken from the markup with a
 * plain tag-stripping pass, independent of the HTML parser, so that a parser quirk that hides
 * part of the page (text after </html> once did) shows up here as a word in neither place.
 */
const dir = new URL('../../test-fixtures/html/', import.meta.url)
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.html'))

/** Elements whose text no reader sees as page text, as decruft's reader skips them. */
const INVISIBLE = /<(script|style|noscript|template|svg|math|textarea|select|iframe|title|object|button|map)\b[\s\S]*?<\/\1\s*>/gi
const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi

function visibleWords(markup: string): Set<string> {
  const text = markup
    .replace(/<head[\s>][\s\S]*?<\/head\s*>/i, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(INVISIBLE, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(ENTITY, ' ')
  return words(text)
}

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []))
}

const GLUED = `<!DOCTYPE html><html><head><title>Station</title></head><body><div>Weather: 25 degrees, clear. Full forecast. Traffic. School closings. Contact us. About us. Advertise with us. Jobs at the station. Community calendar. Send us your photos. Watch live. Program guide. Sports scores.</div></body></html><script>function popup(){}</script><!DOCTYPE html><html><head><title>Budget</title></head><body><table><tr><td><span class="brief"><p>The council met on Tuesday evening to agree the budget for next year, after a long debate about the bus routes.</p></span></td></tr></table></body></html>`

describe('HTML accounting: every visible word is kept or in a removal', () => {
  const pages: [string, string][] = [...fixtures.map((f): [string, string] => [f, readFileSync(new URL(f, dir), 'utf8')]), ['a page glued after </html>', GLUED]]

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10)
  })

  for (const [name, markup] of pages) {
    it(name, () => {
      const r = html(markup)
      const accounted = words([r.text, ...r.removed.map((x) => x.text)].join(' '))
      const lost = [...visibleWords(markup)].filter((w) => !accounted.has(w))
      expect(lost).toEqual([])
    })
  }
})
