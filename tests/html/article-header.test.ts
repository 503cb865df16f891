import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decruft } from '../../src/index.js'

const fixture = (name: string): string => readFileSync(new URL(`../../test-fixtures/html/${name}`, import.meta.url), 'utf8')

describe('the article header beside the chosen element', () => {
  const r = decruft(fixture('article-header.html'), { format: 'html' })
  it('keeps the headline and the standfirst that follows it, before the body', () => {
    expect(r.text.startsWith('Ferry fares to rise by a fifth in April\n\nThe island ferry company blames fuel costs')).toBe(true)
    expect(r.text).toContain('Season tickets, which most islanders who work on the mainland use')
  })
  it('removes the header picture caption, and its credit under the credit rule', () => {
    expect(r.text).not.toContain('The morning boat leaving the harbour.')
    expect(r.text).not.toContain('North Pictures')
    expect(r.removed.find((x) => x.text === 'Photo: North Pictures')?.ruleId).toBe('boilerplate/photo-credit')
    expect(r.removed.find((x) => x.text.startsWith('The morning boat'))?.ruleId).toBe('boilerplate/figure-caption')
  })
  it('leaves out what comes before the headline in the header (the kicker)', () => {
    expect(r.text).not.toContain('Transport')
    expect(r.removed.find((x) => x.text === 'Transport')?.ruleId).toBe('boilerplate/outside-article')
  })
  it('returns the header in the cleaned HTML', () => {
    expect(r.html).toContain('class="standfirst"')
    expect(r.html).not.toContain('kicker')
  })
})

describe("a blog's linked site title is not the article's headline; the post's own title is", () => {
  const r = decruft(fixture('blog-header.html'), { format: 'html' })
  it("takes the post title beside the post body, and neither the blog's name nor its tagline", () => {
    expect(r.text.startsWith('Planting garlic in October\n\nGarlic wants')).toBe(true)
    expect(r.text).not.toContain('A Small Plot')
    expect(r.text).not.toContain('A blog about growing vegetables')
    expect(r.text).toContain('Garlic wants a cold spell to split into cloves')
  })
})
