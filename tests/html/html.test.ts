import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { decruft, DecruftError, type Removal } from '../../src/index.js'
import { html } from './helpers.js'
import { errorOf } from '../error-of.js'

const fixture = (name: string): string => readFileSync(new URL(`../../test-fixtures/html/${name}`, import.meta.url), 'utf8')
/** The removal whose text contains `needle` (there must be exactly one). */
function removalOf(removed: readonly Removal[], needle: string): Removal {
  const hits = removed.filter((r) => r.text.includes(needle))
  expect(hits, `one removal containing ${JSON.stringify(needle)}`).toHaveLength(1)
  return hits[0]!
}
function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(DecruftError)
    return (error as DecruftError).code
  }
  return undefined
}

describe('WordPress post with Jetpack widgets', () => {
  const r = html(fixture('wordpress-jetpack.html'))
  it('keeps the article paragraphs, quote, code and table; the picture caption goes', () => {
    expect(r.text).toContain('The council voted on Tuesday to rebuild the Old Mill Bridge')
    expect(r.text).toContain('according to the published plans.')
    expect(r.text).toContain('Residents can comment on the plans at the town hall')
    // Protected: a quote that uses "share" words, code kept verbatim, data table.
    expect(r.text).toContain('Share your memories of the bridge with us')
    expect(r.text).toContain('span = 42 m\npiers = 3')
    expect(r.text).toContain('1.2 million')
    expect(r.text).not.toContain('The bridge after the floods in April.')
    expect(removalOf(r.removed, 'The bridge after the floods in April.').ruleId).toBe('boilerplate/figure-caption')
  })
  it('keeps class-token traps: gdpr, footnote, shadow, header are not cruft words', () => {
    expect(r.text).toContain('Footnote: the bridge was first built in 1864')
  })
  it('removes each widget with its rule id', () => {
    expect(removalOf(r.removed, 'Share this:').ruleId).toBe('social/share-widget')
    expect(removalOf(r.removed, 'Share this:').element).toContain('sharedaddy')
    expect(removalOf(r.removed, 'The ferry returns for the summer').ruleId).toBe('related/widget')
    expect(removalOf(r.removed, 'Leave a Reply').ruleId).toBe('comments/widget-dom')
    expect(removalOf(r.removed, 'Proudly powered by WordPress').ruleId).toBe('boilerplate/page-chrome')
    expect(removalOf(r.removed, 'Skip to content').ruleId).toBe('boilerplate/hidden-element')
    expect(removalOf(r.removed, 'Archive').ruleId).toBe('boilerplate/navigation-class')
    for (const gone of ['Share this', 'Twitter', 'ferry returns', 'Leave a Reply', 'About time', 'Proudly powered', 'Posted in']) {
      expect(r.text).not.toContain(gone)
    }
  })
  it('returns cleaned HTML with links and structure, without the widgets or scripts', () => {
    expect(r.html).toContain('<a href="/plans/">published plans</a>')
    expect(r.html).toContain('<blockquote>')
    expect(r.html).not.toContain('sharedaddy')
    expect(r.html).not.toContain('jp-relatedposts')
    expect(r.html).not.toContain('tracker')
    expect(r.format).toBe('html')
  })
  it('takes the title from og:title', () => {
    expect(r.title).toBe('Rebuilding the Old Mill Bridge')
  })
  it('reports every removal with a rule id and element', () => {
    for (const x of r.removed) {
      expect(x.ruleId).toMatch(/^[a-z-]+\/[a-z-]+$/)
      expect(x.text.length).toBeGreaterThan(0)
    }
  })
  it('switches DOM rules off like text rules, by id and by category', () => {
    const off = html(fixture('wordpress-jetpack.html'), { rules: { 'social/share-widget': 'off', 'boilerplate/link-dense': 'off', 'social/share-targets': 'off', 'social/follow-share': 'off' } })
    expect(off.text).toContain('Share this:')
    const cat = html(fixture('wordpress-jetpack.html'), { categories: { related: 'off' } })
    expect(cat.removed.filter((x) => x.category === 'related')).toEqual([])
    // With the related category off, the list of links still goes, by its link density.
    expect(removalOf(cat.removed, 'The ferry returns for the summer').ruleId).toBe('boilerplate/link-dense')
  })
})

describe('news page with a newsletter box and a Read more list', () => {
  const r = html(fixture('news-newsletter.html'))
  it('keeps the story paragraphs in order', () => {
    const paras = r.text.split('\n\n')
    expect(paras).toEqual([
      // The headline sits above the story column the finder chose: it is brought back as the article's own.
      'Ferry fares to rise in June',
      'Ferry fares between the harbour and the islands will rise by eight percent in June, the operator announced on Monday, citing fuel costs and a new vessel.',
      'Commuters who buy a monthly pass will see a smaller increase of three percent, and children under twelve will continue to travel free of charge.',
      'The operator said the new vessel, due in August, would cut crossing times by ten minutes and carry twice as many bicycles as the old one.',
      'Island councillors said they would ask the operator to delay the rise until after the summer season.',
    ])
  })
  it('removes the newsletter box, the Read more list, hidden elements, the rail and the cookie banner', () => {
    expect(removalOf(r.removed, 'Get the morning briefing').ruleId).toBe('newsletter/signup-box')
    expect(removalOf(r.removed, 'Read more:').ruleId).toBe('related/link-list')
    expect(removalOf(r.removed, 'Island school to close').ruleId).toBe('boilerplate/link-dense')
    expect(removalOf(r.removed, 'Hidden teaser').ruleId).toBe('boilerplate/hidden-element')
    expect(removalOf(r.removed, 'Also hidden by inline style').ruleId).toBe('boilerplate/hidden-element')
    expect(removalOf(r.removed, 'Decorative duplicate').ruleId).toBe('boilerplate/hidden-element')
    expect(removalOf(r.removed, 'Most read').ruleId).toBe('boilerplate/page-chrome')
    expect(removalOf(r.removed, 'We use cookies').ruleId).toBe('cookie/banner')
  })
})

describe('pages linkedom gives no body', () => {
  it('cleans a page with no <body>', () => {
    const r = html(fixture('no-body.html'))
    expect(r.text.split('\n\n')).toHaveLength(2)
    expect(r.text).toContain('The town library will open until nine')
    expect(removalOf(r.removed, 'Facebook').ruleId).toBe('social/share-widget')
    expect(r.title).toBe('Library hours extended')
  })
  it('cleans a fragment, with text rules catching a phrase inside the HTML', () => {
    const r = html(fixture('fragment.html'))
    expect(r.text).toContain('The bakery on Quay Street opened its doors')
    expect(removalOf(r.removed, 'Follow us on Twitter').ruleId).toBe('social/follow-share')
    expect(removalOf(r.removed, 'Share on Facebook').ruleId).toBe('social/share-widget')
  })
  it("format 'auto' detects HTML; plain text stays text", () => {
    expect(decruft(fixture('news-newsletter.html'), { format: 'auto' }).format).toBe('html')
    expect(decruft('Just a line of text.', { format: 'auto' }).format).toBe('text')
  })
  it("format 'auto' detects a page that opens with a long <script> or <style> block before its doctype", () => {
    const css = `.c { color: red; margin: 0 auto; }\n`.repeat(700)
    for (const head of [`<script src="/tag.js"></script><style>${css}</style>`, `<style>${css}</style>`, `\n  <meta charset="utf-8">${'<link rel="preload" href="/a.css">'.repeat(600)}`]) {
      const page = `${head}<!DOCTYPE html><html><head><title>T</title></head><body><p>The council met on Monday to discuss the budget.</p></body></html>`
      const r = decruft(page, { format: 'auto' })
      expect(r.format).toBe('html')
      expect(r.text).toBe('The council met on Monday to discuss the budget.')
    }
  })
})

describe('class tokens are whole words', () => {
  const prose = 'This paragraph is plain article prose that a reader came for, long enough to count as prose.'
  const page = (cls: string) => `<html><body><div class="story"><p>${prose}</p><div class="${cls}"><p>Inner text of the element under test, kept or removed.</p></div><p>${prose}</p></div></body></html>`
  it.each(['gdpr-compliant', 'footnote', 'header-note', 'shadow', 'leader-board', 'shared-memory', 'download-link'])('keeps class "%s"', (cls) => {
    expect(html(page(cls)).text).toContain('Inner text of the element under test')
  })
  it.each([
    ['ad', 'spam-ad/ad-slot'],
    ['share-buttons', 'social/share-widget'],
    ['relatedPosts', 'related/widget'],
    ['newsletter_box', 'newsletter/signup-box'],
    ['donate-box', 'donation/widget'],
  ])('removes class "%s" with %s', (cls, ruleId) => {
    const r = html(page(cls))
    expect(r.text).not.toContain('Inner text of the element under test')
    expect(removalOf(r.removed, 'Inner text').ruleId).toBe(ruleId)
  })
})

describe('site rules', () => {
  const page = `<html><body><article><p>Council news paragraph one with enough words to look like real article prose here.</p>
<div class="byline-box">The desk team checked every figure in this story</div><div class="promo-box" id="keepme"><p>A promo box the site wants kept, because it holds an editor's note.</p></div>
<p>Sponsored by the Harbour Bank and its friendly staff.</p><p>Council news paragraph two with enough words to look like real article prose here.</p></article></body></html>`
  const sites = { 'example.com': { remove: ['.byline-box'], keep: ['#keepme'], phrases: ['Harbour Bank'] } }
  it('removes, keeps and matches phrases by hostname (subdomains included)', () => {
    const r = html(page, { url: 'https://www.example.com/news/1', sites })
    expect(removalOf(r.removed, 'The desk team checked every figure in this story').ruleId).toBe('site/remove')
    expect(r.text).toContain("A promo box the site wants kept")
    expect(removalOf(r.removed, 'Harbour Bank').ruleId).toBe('site/phrase')
  })
  it('does not apply to other hosts', () => {
    const r = html(page, { url: 'https://other.org/', sites })
    expect(r.text).toContain('The desk team checked every figure in this story')
    expect(r.text).not.toContain('A promo box the site wants kept')
  })
  it('keeps what a keep selector matches from the text rules too, and what lies inside it', () => {
    const boxed = `<html><body><article><p>Council news paragraph one with enough words to look like real article prose here.</p>
<div id="box"><p>Advertisement</p><p>Share this article</p></div>
<p>Advertisement</p><p>Council news paragraph two with enough words to look like real article prose here.</p></article></body></html>`
    const r = html(boxed, { url: 'https://example.com/a', sites: { 'example.com': { keep: ['#box'] } } })
    expect(r.text).toContain('Share this article')
    // The label inside the box stays; the one outside it goes, as without site rules.
    expect(r.text.match(/Advertisement/g)).toHaveLength(1)
    expect(r.removed.map((m) => m.text)).toEqual(['Advertisement'])
    const plain = html(boxed, { url: 'https://other.org/a', sites: { 'example.com': { keep: ['#box'] } } })
    expect(plain.text).not.toContain('Share this article')
    expect(plain.text).not.toContain('Advertisement')
  })
  it('rejects a bad selector and a bad entry with a typed error', () => {
    expect(codeOf(() => html(page, { url: 'https://example.com/', sites: { 'example.com': { remove: ['[[['] } } }))).toBe('invalid_option')
    expect(codeOf(() => html(page, { url: 'https://example.com/', sites: { 'example.com': { drop: ['x'] } } }))).toBe('invalid_option')
  })
})

describe('language and warnings of an HTML result', () => {
  it('tells the language from the article text when no hint is given, as for plain text', () => {
    const page = `<html><body><article><p>Der Gemeinderat hat am Dienstag den neuen Haushalt beschlossen, nachdem die Debatte über die Schulen lange gedauert hatte.</p>
<p>Die Mitglieder sagten, dass der Plan die Ausgaben für die Bibliotheken erhöhen werde und dass die Steuern nicht steigen sollen.</p></article></body></html>`
    expect(html(page).language).toBe('de')
    expect(decruft(page.replace(/<[^>]+>/g, '\n'), { format: 'text' }).language).toBe('de')
    expect(html(page, { language: 'fr' }).language).toBe('fr')
  })

  it('weighs the share warning on the article: page chrome removed by the DOM rules does not set it off', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Sidebar story number ${i} about the harbour</a></li>`).join('')
    const page = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><p>The council approved the new budget on Tuesday after a long debate about school funding.</p>
<p>Advertisement</p><p>Share this article</p></article>
<aside class="sidebar"><ul>${links}</ul></aside></body></html>`
    const r = html(page)
    expect(r.stats.removedShare).toBeGreaterThan(0.5)
    expect(r.warnings.map((w) => w.code)).not.toContain('removed-share-exceeded')
    // Within the article, the two removed blocks are a fifth of its text: over a 0.1 limit.
    expect(html(page, { maxRemovedShare: 0.1 }).warnings.map((w) => w.code)).toContain('removed-share-exceeded')
  })
})

describe('content a browser shows outside <body>', () => {
  const P = 'The council met on Monday to discuss the new library budget and decided to keep it open for everyone in town. '
  it.each([
    ['a paragraph inside <head>', `<html><head><title>T</title><p>${P}Para in head.</p></head><body><p>${P}Inside body.</p></body></html>`, 'Para in head.'],
    ['text after <html>, before <head>', `<html>${P}Loose text.<head><title>T</title></head><body><p>${P}Inside body.</p></body></html>`, 'Loose text.'],
    // A body this short is parsed a second time from its <body> tag (a broken head leaves the first
    // parse's body empty): what came between </head> and <body> must be read by that parse too.
    ['a paragraph between </head> and <body>, short body', `<html><head><title>T</title></head><p>${P}Between.</p><body><p>${P}Inside body.</p></body></html>`, 'Between.'],
    ['a paragraph between </head> and <body>, long body', `<html><head><title>T</title></head><p>${P}Between.</p><body><p>${P}${P}${P}Inside body.</p></body></html>`, 'Between.'],
    ['a paragraph before <html>', `<p>${P}Before html.</p><html><head><title>T</title></head><body><p>${P}Inside body.</p></body></html>`, 'Before html.'],
    ['a paragraph before the doctype', `<p>${P}Before doctype.</p><!doctype html><html><head><title>T</title></head><body><p>${P}Inside body.</p></body></html>`, 'Before doctype.'],
    ['a paragraph between <html> and <head>', `<html><p>${P}Before head.</p><head><title>T</title></head><body><p>${P}Inside body.</p></body></html>`, 'Before head.'],
    ['a paragraph between </head> and <body>, broken doctype', `<!DOCTYPE html PUBLIC "-//W3C <html><head><title>T</title></head><p>${P}Between.</p><body><p>${P}Inside body.</p></body></html>`, 'Between.'],
  ])('reads %s as the start of the body, as browsers do', (_where, page, marker) => {
    const r = html(page)
    expect(r.text).toContain(marker)
    expect(r.text).toContain('Inside body.')
    expect(r.text.indexOf(marker)).toBeLessThan(r.text.indexOf('Inside body.'))
  })
  it('leaves <template> content out: browsers do not show it either', () => {
    const r = html(`<html><body><template><p>${P}In template.</p></template><p>${P}Outside.</p></body></html>`)
    expect(r.text).not.toContain('In template.')
  })
})

describe('safety valve', () => {
  const article = ('<p>' + 'The council met on Monday to discuss the new library budget and decided to keep it open. '.repeat(3) + '</p>').repeat(8)
  it.each(['', '<p>Advertisement</p>', '<p>Share this article</p>'])(
    'keeps the page when the DOM rules leave only what the text rules remove (a hidden article beside %j)',
    (extra) => {
      const r = html(`<html><body><div style="display:none">${article}</div>${extra}</body></html>`)
      expect(r.text).toContain('The council met on Monday')
      expect(r.warnings.map((w) => w.code)).toContain('restored-to-avoid-empty')
    },
  )
})

describe('threshold', () => {
  it('holds for every DOM rule: no removal below it, the article finder and picture credits included', () => {
    const P = 'The city council voted on Tuesday to expand the library budget for next year, officials said after the long meeting in the hall.'
    const page = `<html><body><div class="teaser">Win a trip to Paris with our partner travel agency this month</div><article><h1>Budget</h1><p>${P}</p>
<figure><img src="x.jpg"><figcaption>The council chamber. <span class="credit">Photo: Jane Doe</span></figcaption></figure><p>${P}</p><p>${P}</p></article></body></html>`
    const low = html(page, { threshold: 0.6, rules: { 'boilerplate/figure-caption': 'off' } })
    expect(low.removed.map((r) => `${r.ruleId}@${r.confidence}`)).toEqual(['boilerplate/outside-article@0.7', 'boilerplate/photo-credit@0.7'])
    for (const threshold of [0.9, 1]) {
      const r = html(page, { threshold, rules: { 'boilerplate/figure-caption': 'off' } })
      expect(r.removed).toEqual([])
      expect(r.text).toContain('Win a trip to Paris')
      expect(r.text).toContain('Photo: Jane Doe')
    }
  })
})

describe('DOM Document input', () => {
  it('cleans a Document parsed by the caller, without changing it', () => {
    const { document } = parseHTML(fixture('wordpress-jetpack.html'))
    const before = document.toString()
    const r = decruft(document as never)
    expect(r.format).toBe('html')
    expect(r.text).toContain('The council voted on Tuesday')
    expect(removalOf(r.removed, 'Share this:').ruleId).toBe('social/share-widget')
    expect(document.toString()).toBe(before)
  })

  const P = 'The council met on Monday to discuss the new library budget and decided to keep it open for everyone in town. '
  it.each([
    ['in <head>', `<html><head><title>T</title><p>${P}Stray.</p></head><body><p>Short body.</p></body></html>`],
    ['after </html>', `<html><head><title>T</title></head><body><p>Short body.</p></body></html><p>${P}Stray.</p>`],
    ['before <html>', `<p>${P}Stray.</p><html><head><title>T</title></head><body><p>Short body.</p></body></html>`],
    ['with no <body>', `<html><head><title>T</title></head><p>${P}Stray.</p></html>`],
  ])('a linkedom Document with content %s: read as its markup would be, and left unchanged', (_where, page) => {
    const { document } = parseHTML(page)
    const before = document.toString()
    const r = decruft(document as never)
    // linkedom's body getter took an empty <body> for the page's and inserted it: the result was empty.
    expect(r.text).toContain('Stray.')
    expect(r.text).toBe(html(page).text)
    expect(document.toString()).toBe(before)
  })
})

describe('limits', () => {
  it('refuses deep nesting before parsing with too_deep', () => {
    const deep = '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000)
    expect(codeOf(() => html(deep))).toBe('too_deep')
    expect(codeOf(() => html('<a>'.repeat(200_000)))).toBe('too_deep')
  })
  it.each(['<!-->', '<!--->', '<noscript>', '<plaintext>', '<script_x>', '<stylex>', '<titles >'])(
    'reads markup after %s as the parser does, so deep nesting there is refused before parsing',
    (prefix) => {
      const e = errorOf(() => html(`<body><p>Some article text here.</p>${prefix}${'<div>'.repeat(5000)}</body>`))
      expect(e.code).toBe('too_deep')
      expect(e.message).toContain('it was not parsed')
    },
  )
  it('finds a raw-text end tag where it is written, whatever precedes it (İ lower-cases to two code units)', () => {
    // Each 'İ' before the <script> moved the scan one character further past its end tag: more of
    // them than the markup after it has characters, and the scan skipped all of that markup.
    const pad = '\u0130'.repeat(16_000)
    for (const script of ['<script></script>', '<SCRIPT>x</ScRiPt>']) {
      const e = errorOf(() => html(`<body><p>${pad}</p>${script}${'<b>'.repeat(5000)}</body>`))
      expect(e.code).toBe('too_deep')
      expect(e.message).toContain('it was not parsed')
    }
  })
  it('skips what the parser reads as raw text: tags inside <script>, <style>, <textarea>, <title> and <xmp> are not counted', () => {
    for (const tag of ['script', 'style', 'textarea', 'title', 'xmp']) {
      const page = `<body><p>Council news paragraph one with enough words to look like real article prose here.</p><${tag}>${'<div>'.repeat(5000)}</${tag}></body>`
      expect(codeOf(() => html(page)), tag).toBeUndefined()
    }
  })
  it('turns a parser stack overflow (200,000 class names in one attribute) into a typed invalid_input', () => {
    const e = errorOf(() => html(`<div class="${'a '.repeat(200_000)}"><p>The council met on Monday to discuss the library budget.</p></div>`))
    expect(e.code).toBe('invalid_input')
    expect(e.message).toContain('could not be parsed')
  })
  it('counts implied end tags: 5,000 unclosed <p> are not deep', () => {
    const r = html('<body>' + '<p>Line of text in an old page that never closes its paragraphs at all.'.repeat(5000) + '</body>')
    expect(r.text.length).toBeGreaterThan(0)
  })
  it('refuses a page over maxInputBytes with input_too_large', () => {
    expect(codeOf(() => html('<p>' + 'a'.repeat(2000) + '</p>', { limits: { maxInputBytes: 1000 } }))).toBe('input_too_large')
    expect(codeOf(() => html('<p>x</p>', { limits: { maxDepth: 0 } }))).toBe('invalid_option')
  })
  it('refuses a page with more elements than maxElements before parsing, with too_many_elements', () => {
    // 2,000,000 <p> in 8 MB took 66 s and 1.5 GB to parse: the default cap is 100,000.
    const e = errorOf(() => html('<p>x'.repeat(100_001)))
    expect(e.code).toBe('too_many_elements')
    expect(e.details).toMatchObject({ limit: 100_000 })
    // Start tags count, void ones too; end tags, comments and tags inside <script> do not.
    const page = (n: number) => `<body><script>${'<b>'.repeat(50)}</script><!-- <i><i> -->${'<p>Some text.<br></p>'.repeat(n)}</body>`
    expect(html(page(23), { limits: { maxElements: 48 } }).text).toContain('Some text.') // body, script, 23 × (p, br)
    expect(codeOf(() => html(page(24), { limits: { maxElements: 48 } }))).toBe('too_many_elements')
    expect(codeOf(() => html('<p>x</p>', { limits: { maxElements: 0 } }))).toBe('invalid_option')
  })
  it('checks depth on a caller Document too', () => {
    const { document } = parseHTML('<html><body>' + '<div>'.repeat(50) + 'x' + '</div>'.repeat(50) + '</body></html>')
    expect(codeOf(() => decruft(document as never, { limits: { maxDepth: 20 } }))).toBe('too_deep')
  })
  it('counts the elements of a caller Document too', () => {
    const { document } = parseHTML(`<html><body>${'<p>x</p>'.repeat(60)}</body></html>`)
    expect(codeOf(() => decruft(document as never, { limits: { maxElements: 50 } }))).toBe('too_many_elements')
    expect(codeOf(() => decruft(document as never, { limits: { maxElements: 100 } }))).toBeUndefined()
  })
})

describe('pages whose head is broken (linkedom leaves their body empty)', () => {
  it('reads the body of a page with a script and an input before <html>', () => {
    // Plain linkedom makes the stray <script> the document element and gives an empty body.
    expect(parseHTML(fixture('broken-head.html')).document.body?.textContent?.trim() ?? '').toBe('')
    const r = html(fixture('broken-head.html'))
    expect(r.text).toContain('The harbour ferry will keep running on its winter timetable')
    expect(r.text).toContain('as soon as both boats were back in the water.')
    expect(r.text).not.toContain('Sport')
    expect(r.title).toBe('Harbour ferry keeps its winter timetable')
  })
  it('reads the body of a page whose <title> is never closed', () => {
    expect(parseHTML(fixture('unclosed-title.html')).document.body?.textContent?.trim() ?? '').toBe('')
    const r = html(fixture('unclosed-title.html'))
    expect(r.text).toContain("Council sets next year's budget")
    expect(r.text).toContain('The county council agreed its budget for next year on Wednesday evening')
    expect(r.text).toContain('if the weather allowed it.')
  })
})

describe('text after </body> or </html> (browsers put it into the body)', () => {
  // Long enough that the page does not look empty, so no second parse rescues it.
  const chrome = '<div>Weather: 25 degrees, clear. Full forecast. Traffic. School closings. Contact us. About us. Advertise with us. Jobs at the station. Community calendar. Send us your photos. Watch live. Program guide. Sports scores. Lottery numbers.</div>'
  const article = '<p>The council met on Tuesday evening to agree the budget for next year, after a long debate about the bus routes.</p>'

  it('reads a second page glued on after the first one ends', () => {
    const page = `<!DOCTYPE html><html><head><title>Station</title></head><body>${chrome}</body></html><script>function popup(){}</script>` +
      `<!DOCTYPE html><html><head><title>Council agrees budget</title></head><body><table><tr><td><span class="brief">${article}</span></td></tr></table></body></html>`
    // linkedom alone keeps the glued page out of the body's children.
    expect(parseHTML(page).document.body?.textContent ?? '').not.toContain('The council met')
    expect(html(page).text).toContain('The council met on Tuesday evening to agree the budget for next year')
  })

  it('reads paragraphs written after </html>', () => {
    const r = html(`<html><body>${chrome}</body></html>${article}`)
    expect(r.text).toContain('The council met on Tuesday evening to agree the budget for next year')
  })
})

describe('hidden now, read later: collapsed panels and streamed segments', () => {
  const r = html(fixture('collapsed-panels.html'))
  it('keeps accordion panels (ARIA regions) that are display:none until clicked', () => {
    expect(r.text).toContain('Dig a trench twice as wide as the roots')
    expect(r.text).toContain('Set the plants in two staggered rows')
  })
  it('keeps an FAQ answer hidden by a class, and a React streamed segment <div hidden id="S:1f">', () => {
    expect(r.text).toContain('Trim a new hedge lightly in its second summer')
    expect(r.text).toContain('cost less when they are bought bare-rooted')
  })
  it('still removes a hidden box that is no panel', () => {
    expect(removalOf(r.removed, 'Get our gardening newsletter').ruleId).toBe('boilerplate/hidden-element')
    expect(r.text).not.toContain('gardening newsletter')
  })
})

describe('an article split across sibling blocks (lead, summary, body)', () => {
  const r = html(fixture('split-article.html'))
  it('keeps the summary and the lead paragraph that sit beside the body element', () => {
    expect(r.text).toContain('The river rose over its banks before dawn on Sunday')
    expect(r.text).toContain('The water reached the market square by nine in the morning')
    expect(r.text).toContain('Firefighters used boats to reach the last houses on Mill Lane')
    expect(r.text).toContain('keep away from the quay while the water goes down.')
    expect(r.text.indexOf('River Alde floods the lower town')).toBeLessThan(r.text.indexOf('The river rose'))
  })
  it('still leaves out the menu and the most-read list beside it', () => {
    expect(removalOf(r.removed, 'Home News Sport').ruleId).toBe('boilerplate/outside-article')
    expect(removalOf(r.removed, 'Bypass plans approved').ruleId).toBe('boilerplate/outside-article')
    expect(r.text).not.toContain('Most read')
  })
})

describe('section headings beside the chosen element', () => {
  it('keeps a heading whose next sibling is part of the article', () => {
    const r = html(fixture('collapsed-panels.html'))
    expect(r.text).toContain('Step by step')
    expect(r.text).toContain('Questions')
    expect(r.text).toContain('When should I trim it?')
    expect(r.removed.find((x) => x.element === 'header.site-header')?.ruleId).toBe('boilerplate/outside-article')
  })
})

describe('a class word on the element that holds the story', () => {
  const r = html(fixture('share-wrapper.html'))
  it('keeps a <div class="share_wrapper"> that holds most of the page prose', () => {
    expect(r.text).toContain('Data will split firms into haves and have-nots')
    expect(r.text).toContain('the ability to use data well is becoming the line')
    expect(r.text).toContain('storing records that nobody will ever read again.')
  })
  it('still removes the share bar inside it and the menus around it', () => {
    expect(removalOf(r.removed, 'Share on LinkedIn').ruleId).toBe('social/share-widget')
    expect(removalOf(r.removed, 'White papers').ruleId).toBe('boilerplate/navigation-class')
    expect(r.text).not.toContain('Tweet')
    expect(r.text).not.toContain('Ten cities to find cloud jobs')
  })
})

describe('figure captions and picture credits', () => {
  const r = html(fixture('figure-credits.html'))
  const captionsOn = html(fixture('figure-credits.html'), { rules: { 'boilerplate/figure-caption': 'off' } })
  it('removes the credits in captions, each under its own rule', () => {
    expect(r.text).not.toContain('Jane Harlow')
    expect(removalOf(r.removed, '© Coast Press / Jane Harlow').ruleId).toBe('boilerplate/photo-credit')
    expect(removalOf(r.removed, 'The old harbour wall at high tide, seen from the pier.').ruleId).toBe('boilerplate/figure-caption')
    expect(r.html).not.toContain('seen from the pier.')
    expect(r.html).not.toContain('Jane Harlow')
  })
  it('with figure-caption off, keeps the captions and still removes the credits in them', () => {
    expect(captionsOn.text).toContain('The old harbour wall at high tide, seen from the pier.')
    expect(captionsOn.text).not.toContain('Jane Harlow')
    expect(captionsOn.html).toContain('seen from the pier.')
  })
  it('removes a caption that is only a credit', () => {
    expect(r.text).not.toContain('Peter Lindqvist')
    expect(captionsOn.text).not.toContain('Peter Lindqvist')
    expect(removalOf(captionsOn.removed, 'Foto: Peter Lindqvist').ruleId).toBe('boilerplate/photo-credit')
  })
  it('keeps the caption of a data figure, caption text not named a credit, and code or data named "copyright"', () => {
    expect(r.text).toContain('Water levels at the quay, 2015 to 2024.')
    expect(r.text).toContain("Copyright notice: the figures are the port authority's own.")
    expect(r.text).toContain('2015  4.1 m')
    expect(r.text).toContain('Work starts in October.')
  })
  it('obeys the photo-credit switch', () => {
    const off = html(fixture('figure-credits.html'), { rules: { 'boilerplate/photo-credit': 'off', 'boilerplate/figure-caption': 'off' } })
    expect(off.text).toContain('© Coast Press / Jane Harlow')
    expect(off.text).toContain('Foto: Peter Lindqvist')
  })
})
