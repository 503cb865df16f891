import { describe, expect, it } from 'vitest'
import { DecruftError } from '../../src/errors.js'
import { Deadline, NO_DEADLINE } from '../../src/limits/deadline.js'
import { compileUserPattern } from '../../src/limits/user-pattern.js'
import { decodeBytes, firstInvalidUtf8, sniffMetaCharset } from '../../src/text/decode.js'
import { decruft } from '../../src/index.js'
import { errorOf } from '../error-of.js'

/** A clock that advances 1 ms each time it is read: time is counted work, not wall time. */
function tickingClock() {
  let t = 0
  return { now: () => t++, reads: () => t }
}

describe('Deadline', () => {
  it('throws a typed timeout naming the limit and the stage once the budget is spent', () => {
    const clock = tickingClock()
    const d = new Deadline(10, { now: clock.now, stride: 1 })
    let checks = 0
    const e = errorOf(() => {
      for (;;) {
        d.check(`block ${checks}`)
        checks++
      }
    })
    expect(e.code).toBe('timeout')
    expect(e.details).toMatchObject({ limit: 10, stage: 'block 10' })
    expect(checks).toBe(10)
  })

  it('reads the clock less and less often while checks are cheap, at most every stride checks', () => {
    const clock = tickingClock()
    const d = new Deadline(1_000_000, { now: clock.now, stride: 32 })
    for (let i = 0; i < 320; i++) d.check('x')
    expect(d.checks).toBe(320)
    // The start; checks 1, 3, 7, 15, 31 (the gap doubling); then every 32: 63, 95, …, 319.
    expect(clock.reads()).toBe(1 + 5 + 9)
  })

  it('reads the clock at every check once checks are slow, so a slow rule overruns by about one block', () => {
    let t = 0
    const d = new Deadline(50, { now: () => t, stride: 32 })
    let checks = 0
    const e = errorOf(() => {
      for (;;) {
        t += 10 // a block's rules took 10 ms
        d.check(`block ${checks++}`)
      }
    })
    expect(e.code).toBe('timeout')
    // The first read over 50 ms: at the sixth check (60 ms), not at the 32nd (320 ms).
    expect(e.details).toMatchObject({ elapsedMs: 60 })
  })

  it('assert always reads the clock', () => {
    let t = 0
    const d = new Deadline(5, { now: () => t, stride: 1000 })
    d.check('a')
    t = 6
    d.check('b') // not a clock read: stride
    expect(errorOf(() => d.assert('end of block rules')).details).toMatchObject({ stage: 'end of block rules', elapsedMs: 6 })
  })

  it('refuses a budget that is not a positive number', () => {
    for (const bad of [0, -1, Number.NaN]) expect(errorOf(() => new Deadline(bad)).code).toBe('invalid_option')
  })

  it('NO_DEADLINE never throws', () => {
    for (let i = 0; i < 1000; i++) NO_DEADLINE.check('x')
    expect(() => NO_DEADLINE.assert('x')).not.toThrow()
  })
})

describe('compileUserPattern', () => {
  it('runs on the linear-time engine by default and answers correctly on the issue-5 inputs', () => {
    const p = compileUserPattern('^(\\w+\\s?)*$', { ruleId: 'user/x' })
    expect(p.engine).toBe('linear')
    expect(p.test('a'.repeat(60) + '!')).toBe(false)
    expect(p.test('hello there world')).toBe(true)
    const ad = compileUserPattern(/\s*\(?advertisement\)?\s*/, { ruleId: 'user/ad' })
    expect(ad.engine).toBe('linear')
    expect(ad.test(' '.repeat(200_000) + 'x')).toBe(false)
    expect(ad.exec('see (ADVERTISEMENT) here')).toBe(' (ADVERTISEMENT) ')
    expect(compileUserPattern('.*click here', { ruleId: 'user/c' }).test('a'.repeat(100_000))).toBe(false)
  })

  it('turns RegExp flags into RE2 flags (s: dot matches newline, m: line anchors)', () => {
    expect(compileUserPattern(/a.b/s, { ruleId: 'user/s' }).test('a\nb')).toBe(true)
    expect(compileUserPattern(/a.b/, { ruleId: 'user/s' }).test('a\nb')).toBe(false)
    expect(compileUserPattern(/^b$/m, { ruleId: 'user/m' }).test('a\nb')).toBe(true)
    expect(compileUserPattern(/^b$/, { ruleId: 'user/m' }).test('a\nb')).toBe(false)
  })

  it('refuses backreferences and lookaround at load, with the rule id and the reason', () => {
    for (const bad of ['(a)\\1', '(?<=a)b', 'a(?!b)', /(?<word>\w)\k<word>/]) {
      const e = errorOf(() => compileUserPattern(bad, { ruleId: 'user/bad' }))
      expect(e.code).toBe('invalid_pattern')
      expect(e.message).toContain('user/bad')
      expect(e.details).toMatchObject({ ruleId: 'user/bad' })
      expect(String(e.details.reason)).not.toBe('')
    }
  })

  it('native RegExp only when asked, and it then supports lookaround', () => {
    const p = compileUserPattern('(?<=a)b', { ruleId: 'user/n', engine: 'native' })
    expect(p.engine).toBe('native')
    expect(p.exec('ab')).toBe('b')
    expect(errorOf(() => compileUserPattern('(', { ruleId: 'user/n', engine: 'native' })).code).toBe('invalid_pattern')
    expect(errorOf(() => compileUserPattern('a', { ruleId: 'user/n', engine: 'fast' as 'native' })).code).toBe('invalid_option')
  })
})

describe('decodeBytes', () => {
  const text = 'Grüße, 世界 😀'

  it('UTF-8 by default, strict', () => {
    expect(decodeBytes(Buffer.from(text))).toEqual({ text, encoding: 'utf-8', source: 'default' })
  })

  it('a BOM decides and is dropped: UTF-8, UTF-16 LE, UTF-16 BE', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8', source: 'bom' })
    const le = Buffer.from(text, 'utf16le')
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text, encoding: 'utf-16le', source: 'bom' })
    const be = Buffer.from(le).swap16()
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text, encoding: 'utf-16be', source: 'bom' })
  })

  it('UTF-16 without a BOM is told by its zero bytes (it read as UTF-8 with a NUL between letters)', () => {
    const prose = 'Die Gemeinde hat am Montag beschlossen, die Bibliothek offen zu halten. Grüße an alle.'
    const le = Buffer.from(prose, 'utf16le')
    expect(decodeBytes(le)).toEqual({ text: prose, encoding: 'utf-16le', source: 'zero-bytes' })
    expect(decodeBytes(Buffer.from(le).swap16())).toEqual({ text: prose, encoding: 'utf-16be', source: 'zero-bytes' })
    // A declared encoding wins; UTF-8 with a few NUL bytes, and text too short to tell, stay UTF-8.
    expect(decodeBytes(Buffer.from('Plain ASCII text', 'utf16le'), { encoding: 'utf-8' }).text).toBe('P\0l\0a\0i\0n\0 \0A\0S\0C\0I\0I\0 \0t\0e\0x\0t\0')
    expect(decodeBytes(Buffer.from('abc\0def\0ghi\0jkl\0 and some more text here')).encoding).toBe('utf-8')
    expect(decodeBytes(Buffer.from('ab', 'utf16le')).encoding).toBe('utf-8')
    // Through decruft(): a UTF-16 file given as a Buffer is cleaned like its text.
    expect(decruft(Buffer.from(`${prose}\n\nShare this article`, 'utf16le')).text).toBe(prose)
  })

  it('a BOM wins over a declared encoding', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    expect(decodeBytes(bytes, { encoding: 'windows-1252' }).encoding).toBe('utf-8')
  })

  it('a declared encoding is used (windows-1252 bytes, including the 0x80–0x9F range Node gets wrong)', () => {
    const bytes = Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x80, 0x93, 0x94, 0x81]) // "Grüße€“”" + undefined 0x81
    expect(decodeBytes(bytes, { encoding: 'windows-1252' })).toEqual({ text: 'Grüße€“”\u0081', encoding: 'windows-1252', source: 'option' })
  })

  it('<meta charset> in the first 1024 bytes is honoured, both forms', () => {
    const body = Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]) // "<p>été" in latin1
    const a = decodeBytes(Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head>'), body]))
    expect(a).toMatchObject({ encoding: 'windows-1252', source: 'meta' })
    expect(a.text.endsWith('<p>été')).toBe(true)
    const b = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    expect(sniffMetaCharset(b)).toBe('shift_jis')
    expect(sniffMetaCharset(Buffer.concat([Buffer.alloc(1100, 0x20), Buffer.from('<meta charset="latin1">')]))).toBeUndefined()
    expect(sniffMetaCharset(Buffer.from('<meta charset="utf-16">'))).toBe('utf-8')
  })

  it('invalid bytes: a typed error with the encoding and the byte offset, never a silent U+FFFD', () => {
    const e = errorOf(() => decodeBytes(Buffer.from([0x61, 0x62, 0xff, 0x63])))
    expect(e.code).toBe('invalid_input')
    expect(e.details).toMatchObject({ encoding: 'utf-8', source: 'default', offset: 2 })
    // The offset counts from the start of the input, BOM included.
    expect(errorOf(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3]))).details).toMatchObject({ offset: 4 })
    // A lone surrogate in UTF-16 is invalid too.
    expect(errorOf(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x00, 0xd8]))).code).toBe('invalid_input')
  })

  it('replacement only when asked', () => {
    expect(decodeBytes(Buffer.from([0x61, 0xff]), { replaceInvalid: true }).text).toBe('a\uFFFD')
  })

  it('an unknown encoding is a typed error when the caller declares it; one the page declares is passed over, as browsers do', () => {
    expect(errorOf(() => decodeBytes(Buffer.from('x'), { encoding: 'klingon' })).code).toBe('invalid_option')
    const page = decodeBytes(Buffer.from('<meta charset="utf-8mb4"><p>café</p>'))
    expect(page.text).toBe('<meta charset="utf-8mb4"><p>café</p>')
    expect(page.source).toBe('default')
    // Still strict: invalid UTF-8 after an unknown label is an error, not a guess.
    expect(errorOf(() => decodeBytes(Buffer.from([...Buffer.from('<meta charset="klingon">'), 0xff]))).code).toBe('invalid_input')
  })

  it('firstInvalidUtf8 agrees with the strict decoder on overlongs, surrogates and truncation', () => {
    const cases: [number[], number][] = [
      [[0x61], -1],
      [[0xc0, 0x80], 0], // overlong NUL
      [[0xe0, 0x80, 0x80], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // encoded surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0x61, 0xe2, 0x82], 1], // truncated
      [[0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1], // € 😀
    ]
    for (const [bytes, at] of cases) {
      expect(firstInvalidUtf8(Uint8Array.from(bytes)), bytes.join(',')).toBe(at)
      let strictOk = true
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes))
      } catch {
        strictOk = false
      }
      expect(strictOk, bytes.join(',')).toBe(at === -1)
    }
  })
})

describe('the time budget and document passes', () => {
  it('is read after each rule\'s document pass: an overrun stops before the next pass and names the rule', async () => {
    const { runEngine } = await import('../../src/core/engine.js')
    const { resolveConfig } = await import('../../src/core/config.js')
    const { defineRule, defineRuleSet } = await import('../../src/helpers/define.js')
    const { builtinRules } = await import('../../src/rules/index.js')
    const { segmentText } = await import('../../src/segment/text.js')
    let t = 0
    let laterPassRan = false
    const pass = (id: string, document: () => void) =>
      defineRule({ meta: { id, category: 'test', description: 'A document pass.', recommended: true, defaultOptions: {} }, create: () => ({ document }) })
    const set = defineRuleSet({
      name: 'test',
      rules: [
        pass('test/slow-pass', () => {
          t += 50 // the pass "takes" 50 ms of the counted clock
        }),
        pass('test/later-pass', () => {
          laterPassRan = true
        }),
      ],
    })
    const config = resolveConfig({ ruleSets: [set], rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off'])) })
    const { blocks } = segmentText('One paragraph of text.\n\nAnother one.')
    const deadline = new Deadline(10, { now: () => t, stride: 1 })
    const e = errorOf(() => runEngine(blocks, config, { deadline }))
    expect(e.code).toBe('timeout')
    expect(e.details).toMatchObject({ stage: 'rules, document pass of test/slow-pass', elapsedMs: 50 })
    expect(laterPassRan).toBe(false)
  })
})

describe('the time budget in HTML input', () => {
  it('is read between the DOM stages, and the error names the stage it stopped after', async () => {
    const { cleanHtml } = await import('../../src/html/clean.js')
    const { resolveConfig } = await import('../../src/core/config.js')
    const config = resolveConfig({ format: 'html' })
    const paragraph = '<p>The council met on Tuesday to discuss the new budget, which was approved after a long debate about schools and roads in the district.</p>'
    const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>Budget</h1>${paragraph.repeat(4)}<p>Share this article</p></article><footer>© 2020 Example</footer></body></html>`
    // A clock that stands still for the first `reads` readings, then jumps past the budget: the
    // stage that throws is the first check after that many readings.
    const stages = new Set<string>()
    for (let reads = 1; reads < 40; reads++) {
      let n = 0
      const deadline = new Deadline(100, { now: () => (n++ < reads ? 0 : 1000), stride: 1 })
      try {
        cleanHtml(html, config, { deadline })
      } catch (error) {
        if (!(error instanceof DecruftError)) throw error
        stages.add(String(error.details.stage))
      }
    }
    const checked = ['HTML parsing', 'DOM page rules', 'the article finder', 'DOM article rules']
    for (const stage of checked) expect(stages).toContain(stage)
    expect([...stages].some((s) => s.startsWith('rules'))).toBe(true)
  })
})
