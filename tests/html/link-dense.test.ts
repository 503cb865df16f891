import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decruft } from '../../src/index.js'

const fixture = (name: string): string => readFileSync(new URL(`../../test-fixtures/html/${name}`, import.meta.url), 'utf8')

describe('boilerplate/link-dense on paragraphs, spans and data tables', () => {
  const r = decruft(fixture('link-paragraphs.html'), { format: 'html' })
  const ruleOf = (needle: string): string | undefined => r.removed.find((x) => x.text.includes(needle))?.ruleId

  it('keeps paragraphs that are a linked title with words around it', () => {
    expect(r.text).toContain('The Victorian Internet: The Remarkable Story of the Telegraph by Tom Standage (review)')
    expect(r.text).toContain('Lightning Man: The Accursed Life of Samuel Morse by Kenneth Silverman (review)')
  })
  it('keeps a credit line whose links have labels between them', () => {
    expect(r.text).toContain('Photography: Harbour Light Studio // Design: Paper and Ink // Printing: North Press')
  })
  it('keeps a linked address in a span', () => {
    expect(r.text).toContain('books@example.com')
  })
  it('keeps the linked cells of a data table', () => {
    expect(r.text).toContain('Corner Books')
    expect(r.text).toContain('Riverside Books')
  })
  it('removes a paragraph that is all link', () => {
    expect(r.text).not.toContain('Learn more.')
    expect(ruleOf('Learn more.')).toBe('boilerplate/link-dense')
  })
  it('removes a paragraph that is a menu: links with only separators and a label between them', () => {
    expect(r.text).not.toContain('About us')
    expect(ruleOf('Books | Music')).toBe('boilerplate/link-dense')
  })
  it('keeps the article prose around them', () => {
    expect(r.text).toContain('Every winter we ask our reviewers')
    expect(r.text).toContain('with a longer essay on the history of the telegraph companies.')
  })
})

describe('boilerplate/link-dense never removes the element that holds the article', () => {
  // The article is split over three sections, so the finder takes the page wrapper; inside it,
  // the box holding both the article and a long sidebar of link lists is more than half links.
  const r = decruft(fixture('wide-wrapper.html'), { format: 'html' })
  it('keeps the article and removes only the sidebar', () => {
    expect(r.warnings).toEqual([])
    expect(r.text).toContain('A court in Cologne has ruled')
    expect(r.text).toContain('with examples from the case.')
    expect(r.text).not.toContain('Recent comments')
    expect(r.removed.find((x) => x.text.startsWith('Tags'))?.ruleId).toBe('boilerplate/link-dense')
  })
})
