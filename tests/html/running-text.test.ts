import { describe, expect, it } from 'vitest'
import { html, paragraphs } from './helpers.js'

const P = 'The committee approved the budget after a long debate about the library and the pool in the old town centre.'
const page = (inner: string) => `<html><body><article><h1>Budget approved</h1>${paragraphs([P, P])}${inner}${paragraphs([P])}</article></body></html>`

describe('inline elements in running text', () => {
  it('keeps a link or span whose class names a pop-up or an ad when it sits inside a sentence', () => {
    const r = html(page('<p>The word <a class="popup" href="#g">quorum</a> was used often, and <span class="ad">Acme</span> paid for the study.</p>'))
    expect(r.text).toContain('The word quorum was used often, and Acme paid for the study.')
    expect(r.removed.map((x) => x.ruleId)).not.toContain('boilerplate/dialog')
    expect(r.removed.map((x) => x.ruleId)).not.toContain('spam-ad/ad-slot')
  })

  it('still removes the same element when it stands alone, outside any sentence', () => {
    const r = html(page('<div><span class="ad">Acme Widgets: the best widgets in town</span></div><div class="popup">Sign in to continue</div>'))
    expect(r.text).not.toContain('Acme Widgets')
    expect(r.text).not.toContain('Sign in to continue')
  })

  it('still removes a hidden inline element: nobody reads it', () => {
    const r = html(page('<p>The vote was close <span style="display:none">buy cheap pills now</span> and the mayor abstained.</p>'))
    expect(r.text).not.toContain('cheap pills')
    expect(r.text).toContain('The vote was close')
  })

  it('judges only the element beside the words: a widget of inline elements still goes, and a share line goes whole', () => {
    const r = html(page('<p>Share: <a class="share-facebook" href="#">Facebook</a> <a class="share-twitter" href="#">Twitter</a></p><div><span class="ad">Acme Widgets</span> <span class="ad">Best Widgets</span></div>'))
    // The first link has "Share:" beside it and goes with its paragraph, by a text rule.
    expect(r.text).not.toMatch(/Share|Facebook|Twitter/)
    expect(r.removed.some((x) => x.text.startsWith('Share: Facebook'))).toBe(true)
    // Spans with only spaces between them are no sentence.
    expect(r.text).not.toContain('Widgets')
  })

  it('looks at each parent once: 50,000 inline elements in one paragraph stay linear', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `<span class="ad">w${i}</span> and`).join(' ')
    const r = html(`<html><body><article>${paragraphs([P, P])}<p>${many}</p></article></body></html>`)
    expect(r.text).toContain('w49999 and')
  })
})
