import { describe, expect, it } from 'vitest'
import { html, paragraphs } from './helpers.js'

const STORY = paragraphs([
  'The library on Elm Street reopens on Saturday after a year of building work that added a reading room, a lift and a garden for readers at the back.',
  'The council spent two million on the work, a third of it from a national fund for libraries, and the rest from the sale of the old depot by the river.',
  'Opening hours stay as they were, but the library will now stay open until eight on Thursdays, when the reading room hosts talks for the public.',
])

describe('boilerplate/trailing-heading', () => {
  it('removes a box title left at the end of the article with nothing under it', () => {
    const r = html(`<html><body><div class="story">${STORY}<h2>Town hall diary</h2><div class="teasers" data-src="/teasers"></div></div></body></html>`)
    expect(r.text).toContain('when the reading room hosts talks for the public.')
    expect(r.text).not.toContain('Town hall diary')
    expect(r.removed.find((x) => x.text === 'Town hall diary')?.ruleId).toBe('boilerplate/trailing-heading')
  })
  it('removes every heading of a trailing run', () => {
    const r = html(`<html><body><div class="story">${STORY}<h2>More from the town</h2><h3>Most read</h3></div></body></html>`)
    expect(r.text).not.toContain('More from the town')
    expect(r.text).not.toContain('Most read')
  })
  it('keeps headings that have text after them', () => {
    const r = html(`<html><body><div class="story"><h2>Reopening</h2>${STORY}<h2>Opening hours</h2><p>Monday to Saturday, nine until five, and until eight on Thursdays.</p></div></body></html>`)
    expect(r.text).toContain('Reopening')
    expect(r.text).toContain('Opening hours')
  })
  it('keeps a trailing heading that ends like a sentence', () => {
    const r = html(`<html><body><div class="story">${STORY}<h3>The garden opens in May.</h3></div></body></html>`)
    expect(r.text).toContain('The garden opens in May.')
  })
  it('is switched off like any rule', () => {
    const r = html(`<html><body><div class="story">${STORY}<h2>Town hall diary</h2></div></body></html>`, { rules: { 'boilerplate/trailing-heading': 'off' } })
    expect(r.text).toContain('Town hall diary')
  })
})
