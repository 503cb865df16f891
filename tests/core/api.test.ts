import { describe, expect, it } from 'vitest'
import { errorOf } from '../error-of.js'
import {
  CERTAIN,
  DecruftError,
  POSSIBLE,
  createCleaner,
  decruft,
  definePhraseRule,
  definePhrases,
  defineRule,
  defineRuleSet,
} from '../../src/index.js'

const ARTICLE = [
  'The council approved the new budget on Tuesday after a long debate about road repairs and schools.',
  'Opposition members said the plan did not go far enough, but voted for it in the end.',
  'Advertisement',
  'The mayor said the first repairs would start in the spring and last until the end of the year.',
].join('\n\n')

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof DecruftError ? error.code : `not a DecruftError: ${String(error)}`
  }
  return undefined
}

describe('decruft(text)', () => {
  it('removes cruft blocks, keeps the rest verbatim and explains each removal', () => {
    const result = decruft(ARTICLE)
    expect(result.text).toBe(ARTICLE.replace('\n\nAdvertisement', ''))
    expect(result.removed).toHaveLength(1)
    const [r] = result.removed
    expect(r).toMatchObject({ text: 'Advertisement', ruleId: 'spam-ad/ad-label', category: 'spam-ad', index: 2 })
    expect(ARTICLE.slice(r!.start, r!.end)).toBe('Advertisement')
    expect(result.stats).toMatchObject({ blocks: 4, keptBlocks: 3, removedBlocks: 1 })
    expect(result.format).toBe('text')
    expect(result.paragraphs).toBe('blank-line')
  })

  it('reads one paragraph a line when the text has no blank lines between paragraphs', () => {
    const input = ARTICLE.replace(/\n\n/g, '\n')
    const result = decruft(input)
    expect(result.paragraphs).toBe('line')
    expect(result.removed.map((r) => r.text)).toEqual(['Advertisement'])
    expect(result.text.split('\n\n')).toHaveLength(3)
  })

  it('keeps a multi-line block whole in a blank-line document (code, addresses)', () => {
    const input = `${ARTICLE}\n\nLSVD Bundesverband\nAlmstadtstraße 7\n10119 Berlin`
    const result = decruft(input)
    expect(result.text.endsWith('LSVD Bundesverband\nAlmstadtstraße 7\n10119 Berlin')).toBe(true)
  })

  it('honours paragraphs: "line" and "blank-line" when given', () => {
    const input = 'First line of the story is here.\nAdvertisement\nSecond line of the story is here.'
    expect(decruft(input, { paragraphs: 'line' }).removed).toHaveLength(1)
    expect(decruft(input, { paragraphs: 'blank-line' }).removed).toHaveLength(0)
  })

  it('splits on CRLF, CR and Unicode line separators and returns kept text byte for byte', () => {
    for (const nl of ['\r\n', '\r', '\u2028', '\u2029']) {
      const input = ARTICLE.replace(/\n\n/g, nl + nl)
      const result = decruft(input)
      expect(result.removed.map((r) => r.text)).toEqual(['Advertisement'])
      for (const block of ARTICLE.split('\n\n').filter((b) => b !== 'Advertisement')) expect(result.text).toContain(block)
    }
  })

  it('skips a leading byte-order mark', () => {
    const result = decruft(`\uFEFF${ARTICLE}`)
    expect(result.text.startsWith('The council')).toBe(true)
  })

  it('accepts UTF-8 bytes and rejects invalid UTF-8 with a typed error', () => {
    expect(decruft(Buffer.from(ARTICLE, 'utf8')).removed).toHaveLength(1)
    expect(codeOf(() => decruft(new Uint8Array([0x41, 0xff, 0xfe, 0x41, 0x80])))).toBe('invalid_input')
  })

  it('rejects input that is not text', () => {
    expect(codeOf(() => decruft(42 as unknown as string))).toBe('invalid_input')
    expect(codeOf(() => decruft(null as unknown as string))).toBe('invalid_input')
  })

  it('returns an empty result for empty input', () => {
    const result = decruft('')
    expect(result.text).toBe('')
    expect(result.removed).toEqual([])
  })
})

describe('options', () => {
  it('takes only undefined as "the default": null is a wrong value for every option', () => {
    for (const key of ['format', 'paragraphs', 'threshold', 'maxRemovedShare', 'language', 'url', 'limits']) {
      expect(codeOf(() => createCleaner({ [key]: null } as never)), key).toBe('invalid_option')
    }
    expect(codeOf(() => createCleaner({ preset: null } as never))).toBe('unknown_preset')
  })

  it('knows the limits by their own names: Object.prototype\'s are unknown keys', () => {
    for (const key of ['toString', 'constructor', 'valueOf']) expect(codeOf(() => createCleaner({ limits: { [key]: 5 } } as never)), key).toBe('invalid_option')
  })

  it('checks every site\'s selectors when the cleaner is made, whatever host it will clean', () => {
    const e = errorOf(() => createCleaner({ url: 'https://other.org/a', sites: { 'example.com': { remove: ['div[['] } } }))
    expect(e.code).toBe('invalid_option')
    expect(e.message).toContain('"div[[" is not a valid CSS selector')
    expect(codeOf(() => createCleaner({ sites: { 'example.com': { keep: ['article', '.post > p'], remove: ['.share'] } } }))).toBeUndefined()
  })

  it('rejects unknown options with a suggestion', () => {
    expect(codeOf(() => decruft(ARTICLE, { presett: 'recommended' } as never))).toBe('invalid_option')
    try {
      decruft(ARTICLE, { presett: 'x' } as never)
    } catch (error) {
      expect((error as Error).message).toContain('Did you mean "preset"')
    }
  })

  it('rejects unknown rule ids, listing the known ones', () => {
    try {
      decruft(ARTICLE, { rules: { 'spam-ad/ad-labels': 'off' } })
      expect.unreachable()
    } catch (error) {
      expect((error as DecruftError).code).toBe('unknown_rule')
      expect((error as Error).message).toContain('Did you mean "spam-ad/ad-label"')
      expect((error as Error).message).toContain('donation/appeal')
    }
  })

  it('rejects bad settings, bad rule options, unknown presets and categories', () => {
    expect(codeOf(() => decruft(ARTICLE, { rules: { 'spam-ad/ad-label': 'maybe' as never } }))).toBe('invalid_option')
    expect(codeOf(() => decruft(ARTICLE, { rules: { 'spam-ad/ad-label': ['on', { maxWords: 'ten' }] } }))).toBe('invalid_option')
    expect(codeOf(() => decruft(ARTICLE, { rules: { 'spam-ad/ad-label': ['on', { nope: 1 }] } }))).toBe('invalid_option')
    expect(codeOf(() => decruft(ARTICLE, { preset: 'agressive' }))).toBe('unknown_preset')
    expect(codeOf(() => decruft(ARTICLE, { categories: { socail: 'off' } }))).toBe('invalid_option')
    expect(codeOf(() => decruft(ARTICLE, { threshold: 2 }))).toBe('invalid_option')
    expect(codeOf(() => decruft(ARTICLE, { format: 'pdf' as never }))).toBe('invalid_option')
    expect(codeOf(() => decruft(ARTICLE, { language: 'English' }))).toBe('invalid_option')
  })

  it('refuses rules and categories that are not objects, instead of reading their indexes as names', () => {
    for (const bad of [5, 'social', ['social/counters'], null]) {
      expect(codeOf(() => createCleaner({ rules: bad as never })), JSON.stringify(bad)).toBe('invalid_option')
      expect(codeOf(() => createCleaner({ categories: bad as never })), JSON.stringify(bad)).toBe('invalid_option')
    }
    expect(() => createCleaner({ categories: 'social' as never })).toThrow('options.categories must be an object')
  })

  it('checks the encoding label when the cleaner is made, not when the first bytes arrive', () => {
    expect(codeOf(() => createCleaner({ encoding: 'bogus-enc' }))).toBe('invalid_option')
    expect(() => createCleaner({ encoding: 'bogus-enc' })).toThrow('unknown text encoding "bogus-enc"')
    expect(codeOf(() => createCleaner({ encoding: 'latin1' }))).toBeUndefined()
  })

  it('answers values JSON cannot show (BigInt, circular, NaN, functions) with the DecruftError that names the option', () => {
    const circular: Record<string, unknown> = {}
    circular.self = circular
    expect(codeOf(() => createCleaner({ format: 1n as never }))).toBe('invalid_option')
    expect(codeOf(() => createCleaner({ limits: { maxDepth: 10n as never } }))).toBe('invalid_option')
    expect(codeOf(() => createCleaner({ rules: { 'spam-ad/ad-label': 1n as never } }))).toBe('invalid_option')
    expect(codeOf(() => createCleaner({ preset: circular as never }))).toBe('unknown_preset')
    expect(() => createCleaner({ threshold: NaN })).toThrow('got NaN')
    expect(() => createCleaner({ format: (() => 'text') as never })).toThrow('got a function')
  })

  it('reads only its own names: a preset or a rule option called like an Object method is unknown', () => {
    expect(codeOf(() => createCleaner({ preset: 'constructor' }))).toBe('unknown_preset')
    expect(codeOf(() => createCleaner({ rules: { 'spam-ad/ad-label': ['on', { toString: 5 } as never] } }))).toBe('invalid_option')
    expect(codeOf(() => createCleaner({ rules: { 'spam-ad/ad-label': ['on', { hasOwnProperty() {} } as never] } }))).toBe('invalid_option')
  })

  it('names the limit value as written, Infinity included, when it is refused', () => {
    expect(() => createCleaner({ limits: { maxInputBytes: Infinity } })).toThrow('options.limits.maxInputBytes must be a positive integer; got Infinity.')
  })

  it('checks the options of a rule that is switched off too', () => {
    expect(codeOf(() => decruft(ARTICLE, { rules: { 'spam-ad/ad-label': ['off', { maxWord: 3 }] as never } }))).toBe('invalid_option')
  })

  it('switches a rule or a category off', () => {
    expect(decruft(ARTICLE, { rules: { 'spam-ad/ad-label': 'off' } }).removed).toHaveLength(0)
    expect(decruft(ARTICLE, { categories: { 'spam-ad': 'off' } }).removed).toHaveLength(0)
    // The most specific setting wins: the category is off, the rule is on.
    expect(decruft(ARTICLE, { categories: { 'spam-ad': 'off' }, rules: { 'spam-ad/ad-label': 'on' } }).removed).toHaveLength(1)
  })

  it('merges rule options over the defaults', () => {
    const text = `${ARTICLE}\n\nSign up for our newsletter to get the best stories of the week, every week, with one click.`
    expect(decruft(text).removed.map((r) => r.ruleId)).toContain('newsletter/signup')
    const strict = decruft(text, { rules: { 'newsletter/signup': ['on', { maxWords: 5 }] } })
    expect(strict.removed.map((r) => r.ruleId)).not.toContain('newsletter/signup')
  })

  it('restricts phrase tables to the hinted language (plus English)', () => {
    const text = `${ARTICLE}\n\nVerwandte Artikel`
    expect(decruft(text).removed.map((r) => r.text)).toContain('Verwandte Artikel')
    expect(decruft(text, { language: 'fr' }).removed.map((r) => r.text)).not.toContain('Verwandte Artikel')
    expect(decruft(text, { language: 'de' }).removed.map((r) => r.text)).toContain('Verwandte Artikel')
  })
})

describe('language', () => {
  const german = 'Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, nachdem die Debatte über die Straßen und die Schulen lange gedauert hatte.\n\nDie Opposition sagte, der Plan gehe nicht weit genug, stimmte aber am Ende dafür.'

  it('is detected from stop words and reported in the result', () => {
    expect(decruft(german).language).toBe('de')
    expect(decruft(ARTICLE).language).toBe('en')
  })

  it('is undefined when the text is too short to tell', () => {
    expect(decruft('Advertisement').language).toBeUndefined()
  })

  it('is the hint when one is given', () => {
    expect(decruft(german, { language: 'fr' }).language).toBe('fr')
  })

  it('does not switch phrase tables off when only detected', () => {
    // An English interface label on a German page is still removed.
    expect(decruft(`${german}\n\nShare this article`).removed.map((r) => r.text)).toEqual(['Share this article'])
  })
})

describe('what a rule may do', () => {
  const ruleThat = (id: string, block: (context: never, b: never) => void) =>
    defineRuleSet({
      name: 'misbehaving',
      rules: [
        defineRule({
          meta: { id, category: 'boilerplate', description: 'Misbehaves on purpose.', recommended: true, defaultOptions: {} },
          create(context) {
            return { block: (b) => block(context as never, b as never) }
          },
        }),
      ],
    })

  it.each([
    ['no reason', (c: { report: (r: unknown) => void }, b: unknown) => c.report({ block: b })],
    ['an empty reason', (c: { report: (r: unknown) => void }, b: unknown) => c.report({ block: b, reason: ' ' })],
    ['a confidence of 7', (c: { report: (r: unknown) => void }, b: unknown) => c.report({ block: b, reason: 'r', confidence: 7 })],
    ['a NaN confidence', (c: { report: (r: unknown) => void }, b: unknown) => c.report({ block: b, reason: 'r', confidence: NaN })],
    ['an object as category', (c: { report: (r: unknown) => void }, b: unknown) => c.report({ block: b, reason: 'r', category: {} })],
    ['no block', (c: { report: (r: unknown) => void }) => c.report({ reason: 'r' })],
    ['a block of its own making', (c: { report: (r: unknown) => void }) => c.report({ block: { index: 0, text: 'x' }, reason: 'r' })],
  ])('refuses a report with %s: invalid_rule naming the rule', (_what, misbehave) => {
    const e = errorOf(() => decruft(ARTICLE, { ruleSets: [ruleThat('bad/report', misbehave as never)] }))
    expect(e.code).toBe('invalid_rule')
    expect(e.message).toContain('bad/report')
  })

  it('cannot change the list of blocks that the result is built from', () => {
    const set = ruleThat('bad/truncate', (c: { blocks: unknown[] }) => {
      c.blocks.length = 0
    })
    const e = errorOf(() => decruft(ARTICLE, { ruleSets: [set] }))
    expect(e.code).toBe('rule_failed')
    expect(e.cause).toBeInstanceOf(TypeError)
  })

  const withCreate = (create: () => unknown, dom?: unknown) =>
    defineRuleSet({
      name: 'odd',
      rules: [
        defineRule({
          meta: { id: 'odd/rule', category: 'boilerplate', description: 'Odd on purpose.', recommended: true, defaultOptions: {} },
          create: create as never,
          ...(dom ? { dom: dom as never } : {}),
        }),
      ],
    })

  it.each([
    ['returns nothing (a forgotten return)', () => undefined],
    ['returns null', () => null],
    ['returns a block that is not a function', () => ({ block: true })],
  ])('a create() that %s: invalid_rule naming the rule, not a bare TypeError', (_what, create) => {
    const e = errorOf(() => decruft(ARTICLE, { ruleSets: [withCreate(create)] }))
    expect(e.code).toBe('invalid_rule')
    expect(e.details).toMatchObject({ ruleId: 'odd/rule' })
  })

  it('a rule that throws: rule_failed naming the rule, with what it threw as the cause', () => {
    const boom = new RangeError('boom')
    for (const create of [
      () => {
        throw boom
      },
      () => ({
        block() {
          throw boom
        },
      }),
      () => ({
        document() {
          throw boom
        },
      }),
    ]) {
      const e = errorOf(() => decruft(ARTICLE, { ruleSets: [withCreate(create)] }))
      expect(e.code).toBe('rule_failed')
      expect(e.message).toBe('Rule odd/rule threw: boom')
      expect(e.details).toEqual({ ruleId: 'odd/rule' })
      expect(e.cause).toBe(boom)
    }
  })

  it.each([
    ['a confidence of 7', { reason: 'r', confidence: 7 }],
    ['no reason', { confidence: 0.9 }],
    ['a string confidence', { reason: 'r', confidence: '0.9' }],
    ['a string instead of a report', 'yes'],
  ])('a DOM check that returns %s: invalid_rule naming the rule', (_what, report) => {
    const set = withCreate(() => ({}), { stage: 'page', check: (el: { classes: string[] }) => (el.classes.includes('zzz') ? report : undefined) })
    const page = `<html><body><article><p>${ARTICLE}</p><div class="zzz">Buy our stuff today</div><p>${ARTICLE}</p></article></body></html>`
    const e = errorOf(() => decruft(page, { format: 'html', ruleSets: [set] }))
    expect(e.code).toBe('invalid_rule')
    expect(e.message).toContain('odd/rule (DOM check)')
  })

  it('a DOM check that throws: rule_failed naming the rule', () => {
    const set = withCreate(() => ({}), {
      stage: 'page',
      check() {
        throw new Error('dom boom')
      },
    })
    const e = errorOf(() => decruft(`<html><body><p>${ARTICLE}</p></body></html>`, { format: 'html', ruleSets: [set] }))
    expect(e.code).toBe('rule_failed')
    expect(e.message).toBe('Rule odd/rule threw: dom boom')
  })
})

describe('user rule sets', () => {
  const boilerplate = defineRule({
    meta: {
      id: 'mysite/boilerplate',
      category: 'boilerplate',
      description: 'Remove the "Filed under" line of my site.',
      recommended: true,
      defaultOptions: {},
    },
    create(context) {
      return {
        block(block) {
          if (block.text.startsWith('Filed under')) context.report({ block, confidence: CERTAIN, reason: 'The site footer line.' })
        },
      }
    },
  })

  it('runs a user rule with the built-in ones and reports its id', () => {
    const text = `${ARTICLE}\n\nFiled under: politics`
    const result = decruft(text, { ruleSets: [defineRuleSet({ name: 'mysite', rules: [boilerplate] })] })
    expect(result.removed.map((r) => r.ruleId)).toEqual(['spam-ad/ad-label', 'mysite/boilerplate'])
    expect(decruft(text, { ruleSets: [defineRuleSet({ name: 'mysite', rules: [boilerplate] })], rules: { 'mysite/boilerplate': 'off' } }).removed).toHaveLength(1)
  })

  it('rejects malformed rules and duplicate ids at definition time', () => {
    expect(codeOf(() => defineRule({ meta: { id: 'Bad Id', category: 'x', description: 'd', recommended: true }, create: () => ({}) }))).toBe('invalid_rule')
    expect(codeOf(() => defineRuleSet({ name: 'dup', rules: [boilerplate, boilerplate] }))).toBe('invalid_rule')
    expect(codeOf(() => decruft(ARTICLE, { ruleSets: [defineRuleSet({ name: 'clash', rules: [{ ...boilerplate, meta: { ...boilerplate.meta, id: 'spam-ad/ad-label' } }] })] }))).toBe('invalid_rule')
  })

  it('runs string patterns from users on the linear-time engine', () => {
    const rule = definePhraseRule({
      meta: { id: 'mysite/promo', category: 'spam-ad', description: 'Remove my site promo.', recommended: true, defaultOptions: { maxWords: 40 } },
      what: 'a site promotion',
      phrases: [definePhrases('en', { patterns: ['^(\\w+\\s?)*$', 'visit our (shop|store)'] })],
    })
    const set = defineRuleSet({ name: 'mysite', rules: [rule] })
    const text = `${ARTICLE}\n\nVisit our shop for more, it is open every day!`
    const result = decruft(text, { ruleSets: [set] })
    expect(result.removed.map((r) => r.ruleId)).toContain('mysite/promo')
    // The catastrophic pattern on a line that would make a backtracking engine run for minutes.
    const evil = `${ARTICLE}\n\n${'a'.repeat(60)}!`
    expect(decruft(evil, { ruleSets: [set] }).removed.map((r) => r.ruleId)).not.toContain('mysite/promo')
  })

  it('rejects a string pattern the linear-time engine cannot run, naming it', () => {
    const build = () =>
      decruft(ARTICLE, {
        ruleSets: [
          defineRuleSet({
            name: 'bad',
            rules: [
              definePhraseRule({
                meta: { id: 'bad/backref', category: 'spam-ad', description: 'A pattern with a back-reference.', recommended: true, defaultOptions: { maxWords: 40 } },
                what: 'x',
                phrases: [definePhrases('en', { patterns: ['(a)\\1'] })],
              }),
            ],
          }),
        ],
      })
    expect(codeOf(build)).toBe('invalid_pattern')
    // A native table's pattern that is no regular expression is refused by definePhrases itself.
    expect(codeOf(() => definePhrases('en', { patterns: ['(unclosed'] }, { engine: 'native' }))).toBe('invalid_pattern')
  })

  it("a native table runs its string patterns on V8 too: Unicode-aware \\b, look-arounds", () => {
    const ruleOf = (engine: 'native' | 'linear') =>
      defineRuleSet({
        name: 'es',
        rules: [
          definePhraseRule({
            meta: { id: 'es/ayuda', category: 'donation', description: 'A Spanish appeal.', recommended: true, defaultOptions: { maxWords: 40 } },
            what: 'an appeal',
            phrases: [definePhrases('es', { patterns: ['ayúdanos tú\\b', 'dona(?= hoy)'] }, { engine })],
          }),
        ],
      })
    expect(codeOf(() => ruleOf('linear'))).toBe('invalid_pattern') // RE2 has no look-ahead
    const native = ruleOf('native')
    const ids = (line: string) => decruft(`${ARTICLE}\n\n${line}`, { ruleSets: [native] }).removed.map((r) => r.ruleId)
    expect(ids('Ayúdanos tú, por favor.')).toContain('es/ayuda')
    expect(ids('Ayúdanos túnel abajo.')).not.toContain('es/ayuda')
    expect(ids('Dona hoy mismo.')).toContain('es/ayuda')
  })

  it('checks a phrase table\'s shape when it is defined (plain JavaScript gets no type check)', () => {
    expect(errorOf(() => definePhrases('en', { prefix: ['Sponsored:'] } as never)).message).toMatch(/unknown field "prefix"/)
    expect(errorOf(() => definePhrases('en', { labels: 'AI' } as never)).message).toMatch(/labels must be an array; got a string/)
    expect(codeOf(() => definePhrases('en', null as never))).toBe('invalid_rule')
    expect(codeOf(() => definePhrases('en', { patterns: [42] } as never))).toBe('invalid_rule')
  })
})

describe('presets, confidence and safety valves', () => {
  const possible = defineRule({
    meta: { id: 'test/possible', category: 'spam-ad', description: 'Flags the word "maybe" with low confidence.', recommended: true, defaultOptions: {} },
    create: (context) => ({
      block(block) {
        if (block.text.includes('maybe')) context.report({ block, confidence: POSSIBLE, reason: 'Possibly cruft.' })
      },
    }),
  })
  const keeper = defineRule({
    meta: { id: 'test/keeper', category: 'boilerplate', description: 'Protects blocks that say "keep me".', recommended: true, defaultOptions: {} },
    create: (context) => ({
      block(block) {
        if (block.text.includes('keep me')) context.report({ block, action: 'keep', confidence: 1, reason: 'Protected.' })
      },
    }),
  })
  const sets = [defineRuleSet({ name: 'test', rules: [possible, keeper] })]

  it('removes a possible-cruft block only with the aggressive preset', () => {
    const text = `${ARTICLE}\n\nmaybe a promo`
    expect(decruft(text, { ruleSets: sets }).removed.map((r) => r.text)).not.toContain('maybe a promo')
    expect(decruft(text, { ruleSets: sets, preset: 'aggressive' }).removed.map((r) => r.text)).toContain('maybe a promo')
  })

  it('lets a keep verdict protect a block from removal', () => {
    const text = `${ARTICLE}\n\nAdvertisement: keep me`
    // ARTICLE holds one "Advertisement" block of its own.
    const removedTexts = (options: object) => decruft(text, { ruleSets: sets, ...options }).removed.map((r) => r.text)
    expect(removedTexts({ rules: { 'test/keeper': 'off' } })).toEqual(['Advertisement', 'Advertisement: keep me'])
    expect(removedTexts({})).toEqual(['Advertisement'])
  })

  it('never returns an empty text when the input had prose: restores it and says so', () => {
    const all = defineRule({
      meta: { id: 'test/all', category: 'spam-ad', description: 'Removes everything.', recommended: true, defaultOptions: {} },
      create: (context) => ({ block: (block) => context.report({ block, confidence: 1, reason: 'Everything goes.' }) }),
    })
    const result = decruft(ARTICLE, { ruleSets: [defineRuleSet({ name: 'all', rules: [all] })] })
    expect(result.text).not.toBe('')
    expect(result.warnings.map((w) => w.code)).toContain('restored-to-avoid-empty')
    expect(result.text).toContain('The council approved')
  })

  it('warns when more than maxRemovedShare of the text goes', () => {
    const text = 'Short story here, it is short.\n\nAdvertisement\n\nShare this article\n\nLeave a Reply'
    const result = decruft(text, { maxRemovedShare: 0.2 })
    expect(result.warnings.map((w) => w.code)).toContain('removed-share-exceeded')
    expect(decruft(text, { maxRemovedShare: 0.9 }).warnings).toHaveLength(0)
  })
})

describe('limits, encodings and user patterns', () => {
  it('refuses text with more blocks than maxBlocks, with too_many_blocks', () => {
    const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the text.`).join('\n\n')
    expect(decruft(paragraphs(10), { limits: { maxBlocks: 10 } }).stats.blocks).toBe(10)
    expect(codeOf(() => decruft(paragraphs(11), { limits: { maxBlocks: 10 } }))).toBe('too_many_blocks')
    // Blank lines and lines of spaces are not blocks; one paragraph a line counts each line.
    expect(decruft(`${paragraphs(10)}\n\n \n\n\n`, { limits: { maxBlocks: 10 } }).stats.blocks).toBe(10)
    expect(codeOf(() => decruft('One line.\nTwo lines.\nThree lines.', { paragraphs: 'line', limits: { maxBlocks: 2 } }))).toBe('too_many_blocks')
    // The default: 100,000 (3 million one-letter paragraphs took 1.1 GB before the limit).
    let error: unknown
    try {
      decruft('a\n\n'.repeat(100_001))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DecruftError)
    expect((error as DecruftError).details).toMatchObject({ limit: 100_000 })
    expect(codeOf(() => decruft('x', { limits: { maxBlocks: 0 } }))).toBe('invalid_option')
  })

  it('refuses text and bytes over maxInputBytes before any work', () => {
    expect(codeOf(() => decruft('x'.repeat(2000), { limits: { maxInputBytes: 1000 } }))).toBe('input_too_large')
    expect(codeOf(() => decruft(Buffer.alloc(2000, 0x41), { limits: { maxInputBytes: 1000 } }))).toBe('input_too_large')
    expect(decruft('x'.repeat(900), { limits: { maxInputBytes: 1000 } }).text).toBe('x'.repeat(900))
  })

  it('stops a document that runs over its time budget with a typed error naming the limit', () => {
    // A user rule that spends about 2 ms on every block: 200 blocks cannot fit in 20 ms.
    const slow = defineRule({
      meta: { id: 'test/slow', category: 'spam-ad', description: 'Spends time on every block.', recommended: true, defaultOptions: {} },
      create: () => ({
        block() {
          const until = performance.now() + 2
          while (performance.now() < until) {
            // busy
          }
        },
      }),
    })
    const text = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} of a long story about the council.`).join('\n\n')
    const sets = [defineRuleSet({ name: 'slow', rules: [slow] })]
    try {
      decruft(text, { ruleSets: sets, limits: { timeBudgetMs: 20 } })
      expect.unreachable()
    } catch (error) {
      expect((error as DecruftError).code).toBe('timeout')
      expect((error as DecruftError).details).toMatchObject({ limit: 20 })
    }
    expect(decruft(text, { ruleSets: sets, limits: { timeBudgetMs: Infinity } }).stats.blocks).toBe(200)
  })

  it('validates the limits', () => {
    expect(codeOf(() => decruft(ARTICLE, { limits: { maxDepth: 0 } }))).toBe('invalid_option')
    expect(codeOf(() => decruft(ARTICLE, { limits: { timeBudgetMs: -1 } }))).toBe('invalid_option')
    expect(codeOf(() => decruft(ARTICLE, { limits: { budget: 1 } as never }))).toBe('invalid_option')
  })

  it('decodes bytes in a declared encoding, and from a byte-order mark', () => {
    const cp1252 = Buffer.from([0x50, 0x72, 0x65, 0x69, 0x73, 0x3a, 0x20, 0x35, 0x20, 0x80, 0x2e])
    expect(decruft(cp1252, { encoding: 'windows-1252' }).text).toBe('Preis: 5 €.')
    expect(codeOf(() => decruft(cp1252))).toBe('invalid_input')
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Story text here.', 'utf16le')])
    expect(decruft(utf16).text).toBe('Story text here.')
  })

  it('reads <meta charset> of HTML bytes', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Gr'), Buffer.from([0xfc, 0xdf]), Buffer.from('e aus Berlin, sagte der Sprecher der Stadt am Montag.</p></body></html>')])
    expect(decruft(page, { format: 'html' }).text).toContain('Grüße aus Berlin')
  })

  it('runs RegExp patterns from user tables on the linear-time engine unless native is asked for', () => {
    const rule = (engine?: 'native' | 'linear') =>
      definePhraseRule({
        meta: { id: 'user/lookahead', category: 'spam-ad', description: 'A pattern with a look-ahead.', recommended: true, defaultOptions: { maxWords: 40 } },
        what: 'x',
        phrases: [definePhrases('en', { patterns: [/buy(?= now)/] }, engine ? { engine } : {})],
      })
    // RE2 has no look-ahead: the user's table is refused when the rule is defined, naming it.
    try {
      rule()
      expect.unreachable()
    } catch (error) {
      expect((error as DecruftError).code).toBe('invalid_pattern')
      expect((error as Error).message).toContain('user/lookahead')
    }
    // Trusted code opts in to the native engine explicitly.
    const native = rule('native')
    const result = decruft(`${ARTICLE}\n\nbuy now`, { ruleSets: [defineRuleSet({ name: 'user', rules: [native] })] })
    expect(result.removed.map((r) => r.ruleId)).toContain('user/lookahead')
  })
})

describe('createCleaner', () => {
  it('resolves options once and cleans many documents alike', () => {
    const cleaner = createCleaner({ rules: { 'spam-ad/ad-label': 'off' } })
    expect(cleaner.preset).toBe('recommended')
    expect(cleaner.ruleIds).not.toContain('spam-ad/ad-label')
    expect(cleaner.ruleIds).toContain('donation/appeal')
    expect(cleaner.ruleIds).toContain('structure/between-cruft')
    expect(cleaner.ruleIds).toContain('boilerplate/hidden-element')
    expect(cleaner.clean(ARTICLE).removed).toHaveLength(0)
    expect(cleaner.clean(`${ARTICLE}\n\nLeave a Reply`).removed.map((r) => r.ruleId)).toEqual(['comments/widgets'])
  })

  it('throws configuration errors at creation, not per document', () => {
    expect(codeOf(() => createCleaner({ rules: { nope: 'off' } }))).toBe('unknown_rule')
  })

  it('is deterministic', () => {
    const a = createCleaner().clean(ARTICLE)
    const b = createCleaner().clean(ARTICLE)
    expect(a).toEqual(b)
  })
})

describe('detectLanguage (public)', () => {
  it('tells the language the README example shows, and says undefined when there is too little', async () => {
    const { detectLanguage } = await import('../../src/index.js')
    expect(detectLanguage('Der Rat hat am Montag entschieden, dass die Bibliothek für alle Bürger offen bleibt und nicht geschlossen wird.')).toBe('de')
    expect(detectLanguage('Facebook Twitter')).toBeUndefined()
  })
})
