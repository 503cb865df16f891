import { describe, expect, it } from 'vitest'
import { decruft } from '../../src/index.js'
import { DecruftError } from '../../src/errors.js'
import { defineRuleSet } from '../../src/helpers/define.js'
import { definePhraseRule } from '../../src/helpers/phrase-rule.js'
// The package's definePhrases: user tables, whose patterns run on the linear-time engine.
import { defineUserPhrases as definePhrases } from '../../src/helpers/phrases.js'
import { VOTE, CAMPAIGNERS, REOPENING, REPAIRS, RELIEVED, NEXT_MEETING } from '../rules/article-prose.js'

/**
 * Hostile inputs, each with its asserted outcome: a result with the right content or a typed
 * error. Time is never asserted (benchmarks measure speed); what is asserted is the outcome
 * and, for user patterns, that they run on the linear-time engine and give the right answer.
 * Times measured once on the 2-core dev machine are in the issue-5 report.
 */
const PROSE = 'The council met on Tuesday to discuss the budget for next year and voted to approve it.'
const PROSE2 = 'Residents said the river flooded houses near the old bridge after heavy rain last week.'

function codeOf(f: () => unknown): string | undefined {
  try {
    f()
  } catch (error) {
    if (error instanceof DecruftError) return error.code
    throw error
  }
  return undefined
}

/** A user rule set with one string pattern: compiled by RE2JS, the linear-time engine. */
function userPattern(pattern: string) {
  return defineRuleSet({
    name: 'user',
    rules: [
      definePhraseRule({
        meta: { id: 'user/pattern', category: 'spam-ad', description: 'A user pattern.', recommended: true, defaultOptions: { maxWords: 10_000_000 } },
        what: 'a user pattern match',
        phrases: [definePhrases('en', { patterns: [pattern] })],
      }),
    ],
  })
}

describe('huge and degenerate text', () => {
  it('200,000 spaces: no blocks, empty output', () => {
    const r = decruft(' '.repeat(200_000))
    expect(r.stats.blocks).toBe(0)
    expect(r.text).toBe('')
  })

  it('a 1,000,000-character line without a newline: one block, kept whole', () => {
    const line = 'a'.repeat(1_000_000)
    const r = decruft(line)
    expect(r.stats.blocks).toBe(1)
    expect(r.text).toBe(line)
  })

  it('100,000 blank lines: no blocks', () => {
    const r = decruft('\n'.repeat(100_000))
    expect(r.stats.blocks).toBe(0)
    expect(r.text).toBe('')
  })

  it('100,000 one-character lines: one hard-wrapped paragraph, kept whole', () => {
    const input = 'a\n'.repeat(100_000)
    const r = decruft(input)
    expect(r.stats.blocks).toBe(1)
    expect(r.text).toBe(input.trimEnd())
  })

  it('100,000 one-sentence lines: one block a line, every line kept', () => {
    const r = decruft('a.\n'.repeat(100_000))
    expect(r.paragraphs).toBe('line')
    expect(r.stats.blocks).toBe(100_000)
    expect(r.stats.keptBlocks).toBe(100_000)
  })

  it('NUL bytes: kept as text, never a crash', () => {
    const input = `${PROSE}\0\n\n\0\0\0\n\nAdvertisement\n\n${PROSE2}`
    const r = decruft(input)
    expect(r.text).toBe(`${PROSE}\0\n\n\0\0\0\n\n${PROSE2}`)
    expect(r.removed.map((x) => x.text)).toEqual(['Advertisement'])
  })
})

describe('encodings and invisible characters', () => {
  it('a BOM-prefixed text: the BOM is not part of any block, offsets still slice the input', () => {
    const input = `\uFEFFAdvertisement\n\n${PROSE}`
    const r = decruft(input)
    expect(r.text).toBe(PROSE)
    expect(r.removed[0]!.start).toBe(1)
    expect(input.slice(r.removed[0]!.start, r.removed[0]!.end)).toBe('Advertisement')
  })

  it('a UTF-8 BOM in bytes is dropped; UTF-16 LE bytes with a BOM decode', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Advertisement\n\n${PROSE}`)])
    expect(decruft(utf8).text).toBe(PROSE)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Advertisement\n\n${PROSE}`, 'utf16le')])
    expect(decruft(utf16).text).toBe(PROSE)
  })

  it('invalid UTF-8 bytes: a typed invalid_input error, no silent U+FFFD', () => {
    expect(codeOf(() => decruft(Buffer.from([0x61, 0xff, 0x62])))).toBe('invalid_input')
    expect(codeOf(() => decruft(Buffer.from([0x61, 0xc3])))).toBe('invalid_input') // truncated sequence
    expect(codeOf(() => decruft(Buffer.from([0xed, 0xa0, 0x80])))).toBe('invalid_input') // encoded surrogate
  })

  it('zero-width, soft-hyphen and NBSP obfuscated cruft is still removed, and returned verbatim', () => {
    const cruft = 'Sub\u00ADscribe to our news\u200Bletter'
    const r = decruft(`${PROSE}\n\n${cruft}\n\n${PROSE2}`)
    expect(r.removed.map((x) => x.text)).toEqual([cruft])
    expect(r.removed[0]!.category).toBe('newsletter')
    const nbsp = decruft(`${PROSE}\n\nShare\u00A0this\u00A0article\n\n${PROSE2}`)
    expect(nbsp.removed.map((x) => x.text)).toEqual(['Share\u00A0this\u00A0article'])
  })

  it('Cyrillic look-alikes ("Аdvеrtіѕеmеnt") are folded for matching and removed', () => {
    const spoof = 'Аdvеrtіѕеmеnt'
    expect(spoof).not.toBe('Advertisement')
    const r = decruft(`${PROSE}\n\n${spoof}\n\n${PROSE2}`)
    expect(r.removed.map((x) => x.text)).toEqual([spoof])
    expect(r.text).toBe(`${PROSE}\n\n${PROSE2}`)
  })
})

describe('line breaks', () => {
  for (const [name, nl] of [['CRLF', '\r\n'], ['CR', '\r'], ['U+2028', '\u2028'], ['U+2029', '\u2029'], ['NEL', '\u0085']] as const) {
    it(`${name}: blocks split on it, kept text returned byte for byte`, () => {
      // Hard-wrapped: only the last of its three lines ends a sentence, so it stays one block.
      const multi = `First line of the verse the article quotes,${nl}its second line runs on${nl}and the third one ends it.`
      const input = [PROSE, 'Advertisement', multi, PROSE2].join(nl + nl)
      const r = decruft(input)
      expect(r.paragraphs).toBe('blank-line')
      expect(r.stats.blocks).toBe(4)
      expect(r.removed.map((x) => x.text)).toEqual(['Advertisement'])
      // The kept multi-line block keeps its own line break, not a normalised \n.
      expect(r.text).toBe([PROSE, multi, PROSE2].join('\n\n'))
      for (const x of r.removed) expect(input.slice(x.start, x.end)).toBe(x.text)
    })
  }

  it('mixed CRLF, CR and LF in one document', () => {
    const input = `${PROSE}\r\n\r\nAdvertisement\r\r${PROSE2}\n\nLeave a Reply`
    const r = decruft(input)
    expect(r.stats.blocks).toBe(4)
    expect(r.text).toBe(`${PROSE}\n\n${PROSE2}`)
  })
})

describe('hostile user patterns run on the linear-time engine', () => {
  // Each of these takes from seconds to minutes with the native RegExp engine (issue 5).
  it('^(\\w+\\s?)*$ on 200,000 spaces: completes, no match (nothing removed)', () => {
    const r = decruft(`${PROSE}\n\n${' '.repeat(200_000)}x!`, { ruleSets: [userPattern('^(\\w+\\s?)*$')] })
    expect(r.removed).toEqual([])
  })

  it('^(\\w+\\s?)*$ on a 61-character line that nearly matches: completes with the right answer', () => {
    const nearly = 'a'.repeat(60) + '!'
    expect(decruft(`${PROSE}\n\n${nearly}`, { ruleSets: [userPattern('^(\\w+\\s?)*$')] }).removed).toEqual([])
    const exact = 'word '.repeat(12).trim()
    expect(decruft(`${PROSE}\n\n${exact}`, { ruleSets: [userPattern('^(\\w+\\s?)*$')] }).removed.map((x) => x.text)).toEqual([exact])
  })

  it('\\s*\\(?advertisement\\)?\\s* on 200,000 spaces: completes; matches when the word is there', () => {
    const spaces = ' '.repeat(200_000)
    const miss = decruft(`${PROSE}\n\n${spaces}x`, { ruleSets: [userPattern('\\s*\\(?advertisement\\)?\\s*')] })
    expect(miss.removed).toEqual([])
    const hit = decruft(`${PROSE}\n\nx${spaces}(Advertisement)`, { ruleSets: [userPattern('\\s*\\(?advertisement\\)?\\s*')] })
    expect(hit.removed).toHaveLength(1)
    expect(hit.removed[0]!.ruleId).toBe('user/pattern')
  })

  it('.*click here on a 100,000-character line: completes; finds the phrase at the end', () => {
    const line = 'a '.repeat(50_000)
    expect(decruft(`${PROSE}\n\n${line}`, { ruleSets: [userPattern('.*click here')] }).removed).toEqual([])
    const hit = decruft(`${PROSE}\n\n${line}click here`, { ruleSets: [userPattern('.*click here')] })
    expect(hit.removed.map((x) => x.ruleId)).toEqual(['user/pattern'])
  })

  it('a pattern the linear-time engine cannot run is refused at load with a typed error', () => {
    expect(codeOf(() => decruft('x', { ruleSets: [userPattern('(a)\\1')] }))).toBe('invalid_pattern')
    expect(codeOf(() => decruft('x', { ruleSets: [userPattern('(?<=a)b')] }))).toBe('invalid_pattern')
  })
})

describe('scripts without spaces', () => {
  it('Chinese and Japanese prose is kept; a label rule still fires without \\b', () => {
    const zh = '今天市政府召开会议，讨论了明年的预算，并进行了投票表决。会议持续了三个小时，许多居民到场旁听并提出了问题。'
    const ja = '今日、市議会は来年度の予算について話し合い、投票を行いました。会議には多くの住民が参加し、質問をしました。'
    const r = decruft(`${zh}\n\n${ja}`)
    expect(r.text).toBe(`${zh}\n\n${ja}`)
    // A user phrase written for CJK text: labels are compared by key, no word boundary needed.
    const set = defineRuleSet({
      name: 'user',
      rules: [
        definePhraseRule({
          meta: { id: 'user/cjk-ad', category: 'spam-ad', description: 'CJK ad label.', recommended: true, defaultOptions: { maxWords: 20 } },
          what: 'an ad label',
          phrases: [definePhrases('zh', { labels: ['广告'] }), definePhrases('ja', { patterns: ['この記事をシェア'] })],
        }),
      ],
    })
    const withCruft = decruft(`${zh}\n\n广告\n\nこの記事をシェアする\n\n${ja}`, { ruleSets: [set] })
    expect(withCruft.removed.map((x) => x.text)).toEqual(['广告', 'この記事をシェアする'])
    expect(withCruft.text).toBe(`${zh}\n\n${ja}`)
  })
})

/**
 * Inputs that once hit super-linear regexes (found by the ReDoS audit; the regexes are now
 * loops over indexOf or runs that stop at '<'). Each ran for seconds to minutes; now each must
 * simply come back with the right outcome within the test timeout.
 */
describe('inputs that were super-linear before the ReDoS fixes', () => {
  it('a 40,000-letter word and an "@" in a sentence: the e-mail measure is linear', () => {
    const text = `${PROSE}\n\nWe wrote ${'a'.repeat(40_000)}@ to them and they never answered our letters.\n\n${PROSE2}`
    const result = decruft(text)
    expect(result.removed).toHaveLength(0)
    expect(result.stats.keptBlocks).toBe(3)
  })

  it('many "@" and e-mail addresses: link share is counted, the block judged', () => {
    const emails = Array.from({ length: 2000 }, (_, i) => `user${i}@example.com`).join(' ')
    expect(decruft(`${PROSE}\n\n${emails}\n\n${PROSE2}`).stats.blocks).toBe(3)
  })

  it('nested comment openers with format "auto": read as text in linear time', () => {
    const text = `<!-${'---><!----><!-'.repeat(2000)}`
    const result = decruft(text, { format: 'auto' })
    expect(result.format).toBe('text')
  })

  it('"<p " repeated without ">" with format "auto": the tag count stops at the first tag without an end', () => {
    const result = decruft(`${PROSE} ${'<p '.repeat(50_000)}`, { format: 'auto' })
    expect(result.format).toBe('text')
  })

  it('"<a " repeated 40,000 times without ">" as HTML: the depth pre-scan is linear, nothing nests', () => {
    const result = decruft(`<html><body><p>${PROSE}</p>${'<a '.repeat(40_000)}</body></html>`, { format: 'html' })
    expect(result.format).toBe('html')
  })

  it('"<html " repeated without ">" as HTML: the page shell regexes stop at the next "<"', () => {
    const result = decruft(`<p>${PROSE}</p>${'<html '.repeat(100_000)}`, { format: 'html' })
    expect(result.format).toBe('html')
  })

  it('20,000 headline lines above an article and 20,000 below: the menu goes, the table-of-contents check is linear', () => {
    // related/leading-run once looked every menu line up in every later short line: 20,000 × 20,000.
    const words = ['River', 'Council', 'Budget', 'Library', 'Harbour', 'School', 'Market', 'Bridge', 'Station', 'Garden']
    const title = (i: number) => `${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${words[Math.floor(i / 100) % 10]} Plans Number ${i}`
    const menu = Array.from({ length: 20_000 }, (_, i) => title(i))
    const below = Array.from({ length: 20_000 }, (_, i) => title(i + 20_000))
    const head = ['Library stays open', 'By Jane Smith', 'Tuesday 1 January 2008']
    const article = [VOTE, CAMPAIGNERS, REOPENING, REPAIRS, RELIEVED, NEXT_MEETING]
    const result = decruft([...menu, ...head, ...article, ...below].join('\n\n'))
    expect(result.removed[0]!.ruleId).toBe('related/leading-run')
    // The byline and date do not count among the three kept lines: the headline and two menu lines stay.
    expect(result.removed.filter((r) => r.ruleId === 'related/leading-run')).toHaveLength(19_998)
    expect(result.text.startsWith([...menu.slice(-2), ...head].join('\n\n'))).toBe(true)
  })
})
