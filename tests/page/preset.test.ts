import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRESETS, builtinRules, createCleaner, decruft } from '../../src/index.js'

const fixtures = path.join(import.meta.dirname, '..', '..', 'test-fixtures', 'page')
const read = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8')

describe('the page preset', () => {
  it('is a built-in preset', () => {
    expect(PRESETS.page?.name).toBe('page')
  })

  it('turns on every recommended rule and the page classifier; recommended leaves the classifier off', () => {
    const page = createCleaner({ preset: 'page' }).ruleIds
    for (const rule of builtinRules.filter((r) => r.meta.recommended)) expect(page).toContain(rule.meta.id)
    expect(page).toContain('boilerplate/page-classifier')
    expect(createCleaner().ruleIds).not.toContain('boilerplate/page-classifier')
    expect(createCleaner({ preset: 'aggressive' }).ruleIds).not.toContain('boilerplate/page-classifier')
  })

  it('can switch the classifier off like any rule', () => {
    expect(createCleaner({ preset: 'page', rules: { 'boilerplate/page-classifier': 'off' } }).ruleIds).not.toContain('boilerplate/page-classifier')
  })
})

describe('a whole news page (test-fixtures/page/news-page.txt)', () => {
  const input = read('news-page.txt')
  const result = decruft(input, { preset: 'page' })

  it('keeps the article with its headline, byline, dateline, short paragraphs and subheading, and nothing else', () => {
    expect(`${result.text}\n`).toBe(read('news-page.expected.txt'))
  })

  it('says for every removal which rule made it and why', () => {
    for (const r of result.removed) {
      expect(r.ruleId).toMatch(/^[a-z-]+\/[a-z-]+$/)
      expect(r.reason.length).toBeGreaterThan(10)
    }
    const footer = result.removed.find((r) => r.text === 'Privacy policy')
    expect(footer).toMatchObject({ ruleId: 'boilerplate/page-classifier', category: 'boilerplate' })
    expect(footer!.reason).toMatch(/^Outside the article region \(below it\)/)
  })

  it('with the recommended preset the site name, the menu and a sidebar teaser stay (it is for text already cut to the article)', () => {
    const kept = decruft(input).text
    expect(kept).toContain('Plans for a new cycle lane')
    expect(result.text).not.toContain('Plans for a new cycle lane')
  })
})
