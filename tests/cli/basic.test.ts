import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ARTICLE, CLEANED, DONATE, jsonl, NEWSLETTER, parseLines, PROSE_1, run, SHARE, tempDir } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)

describe('decruft [FILE...] (text mode)', () => {
  it('cleans standard input and prints the kept paragraphs', async () => {
    const r = await run([], ARTICLE)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${CLEANED}\n`)
    expect(r.stderr).toBe('')
  })

  it('cleans files, with a header per file when there are several', async () => {
    writeFileSync(path.join(tmp.dir, 'a.txt'), ARTICLE)
    writeFileSync(path.join(tmp.dir, 'b.txt'), `${PROSE_1}\n\n${SHARE}`)
    const one = await run(['a.txt'], '', tmp.dir)
    expect(one.stdout).toBe(`${CLEANED}\n`)
    const two = await run(['a.txt', 'b.txt'], '', tmp.dir)
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(`==> a.txt <==\n${CLEANED}\n\n==> b.txt <==\n${PROSE_1}\n`)
  })

  it('--explain lists every removal on stderr with its line, rule and category', async () => {
    const r = await run(['--explain'], ARTICLE)
    expect(r.stdout).toBe(`${CLEANED}\n`)
    expect(r.stderr).toContain('<stdin>: 3 block(s) removed')
    // The share prompt is the 5th line of the input (paragraphs separated by blank lines).
    expect(r.stderr).toMatch(/<stdin>:5 {2}social\/[\w-]+ {2}\[social\]/)
    expect(r.stderr).toMatch(/<stdin>:7 {2}donation\/[\w-]+ {2}\[donation\]/)
    expect(r.stderr).toContain(NEWSLETTER)
  })

  it('--explain on HTML names the removed element, or the block of the article, instead of a line', async () => {
    const page = `<html><body><article><p>${PROSE_1}</p><div class="share-buttons"><a href="#">Share on Facebook</a></div><p>Advertisement</p><p>${PROSE_1}</p></article></body></html>`
    const r = await run(['--format', 'html', '--explain'], page)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/<stdin> <div\.share-buttons> {2}social\/[\w-]+ {2}\[social\]/)
    expect(r.stderr).toMatch(/<stdin> block \d+ <p> {2}spam-ad\/ad-label {2}\[spam-ad\]/)
    expect(r.stderr).not.toMatch(/<stdin>:\d/)
  })

  it('a missing file is reported and the exit code is 1, the other files still cleaned', async () => {
    writeFileSync(path.join(tmp.dir, 'ok.txt'), ARTICLE)
    const r = await run(['nope.txt', 'ok.txt'], '', tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('nope.txt: cannot read (ENOENT)')
    expect(r.stdout).toContain(CLEANED)
  })

  it('an unknown flag is a usage error with exit code 2', async () => {
    const r = await run(['--no-such-flag'], ARTICLE)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('Usage: decruft')
  })

  it('--help and --version exit 0', async () => {
    expect((await run(['--help'])).stdout).toContain('--jsonl')
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('--rule, --preset and --config', () => {
  it('--rule ID=off keeps what that rule would remove', async () => {
    const explained = await run(['--explain'], ARTICLE)
    const donationRule = /donation\/[\w-]+/.exec(explained.stderr)![0]
    // One cruft paragraph alone, so no neighbour-smoothing rule can take it with the others.
    const doc = `${CLEANED}\n\n${DONATE}`
    expect((await run([], doc)).stdout).toBe(`${CLEANED}\n`)
    const r = await run(['--rule', `${donationRule}=off`], doc)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${doc}\n`)
  })

  it('an unknown rule id, preset or malformed --rule is a usage error (exit 2)', async () => {
    for (const argv of [['--rule', 'nope/nothing=off'], ['--preset', 'no-such-preset'], ['--rule', 'noequals']]) {
      const r = await run(argv, ARTICLE)
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
    }
  })

  it('--category NAME=off switches a whole category off', async () => {
    const r = await run(['--category', 'social=off'], ARTICLE)
    expect(r.stdout).toBe(`${CLEANED}\n\n${SHARE}\n`)
  })

  it('--config reads options from a JSON file', async () => {
    writeFileSync(path.join(tmp.dir, 'opts.json'), JSON.stringify({ categories: { newsletter: 'off' } }))
    const doc = `${CLEANED}\n\n${NEWSLETTER}`
    expect((await run([], doc)).stdout).toBe(`${CLEANED}\n`)
    const r = await run(['--config', 'opts.json'], doc, tmp.dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${doc}\n`)
  })

  it('--config loads a rule set from a JS module, and its rules run', async () => {
    writeFileSync(
      path.join(tmp.dir, 'rules.mjs'),
      `export default {
        name: 'house',
        rules: [{
          meta: { id: 'house/tagline', category: 'boilerplate', description: 'Our tagline.', recommended: true },
          create(ctx) { return { block(b) { if (b.text.startsWith('${PROSE_1.slice(0, 20)}')) ctx.report({ block: b, reason: 'house tagline', confidence: 0.99 }) } } },
        }],
      }\n`,
    )
    const r = await run(['--config', 'rules.mjs', '--explain'], ARTICLE, tmp.dir)
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain(PROSE_1)
    expect(r.stderr).toContain('house/tagline  [boilerplate] house tagline')
  })

  it('a config file that does not exist or is not JSON is a usage error', async () => {
    writeFileSync(path.join(tmp.dir, 'bad.json'), '{ nope')
    expect((await run(['--config', 'missing.json'], ARTICLE, tmp.dir)).code).toBe(2)
    const bad = await run(['--config', 'bad.json'], ARTICLE, tmp.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('not valid JSON')
  })
})

describe('--jsonl', () => {
  it('cleans the text field of each record, keeps the other fields and the order', async () => {
    const input = jsonl([
      { id: 'a', text: ARTICLE, n: 1 },
      { id: 'b', text: `${PROSE_1}\n\n${SHARE}`, n: 2 },
    ])
    const r = await run(['--jsonl'], input)
    expect(r.code).toBe(0)
    expect(parseLines(r.stdout)).toEqual([
      { id: 'a', text: CLEANED, n: 1 },
      { id: 'b', text: PROSE_1, n: 2 },
    ])
  })

  it('--field names another field, and dots reach a nested one', async () => {
    const flat = await run(['--jsonl', '--field', 'body'], jsonl([{ body: ARTICLE, text: SHARE }]))
    expect(parseLines(flat.stdout)).toEqual([{ body: CLEANED, text: SHARE }])
    const nested = await run(['--jsonl', '--field', 'doc.content.text'], jsonl([{ doc: { content: { text: ARTICLE } }, text: SHARE }]))
    expect(parseLines(nested.stdout)).toEqual([{ doc: { content: { text: CLEANED } }, text: SHARE }])
  })

  it('an invalid JSON line and a record without the field are reported by line number and passed through', async () => {
    const input = `${JSON.stringify({ text: ARTICLE })}\n{not json\n${JSON.stringify({ other: 1 })}\n${JSON.stringify({ text: 5 })}\n`
    const r = await run(['--jsonl'], input)
    expect(r.code).toBe(1)
    const lines = r.stdout.split('\n')
    expect(lines).toEqual([JSON.stringify({ text: CLEANED }), '{not json', JSON.stringify({ other: 1 }), JSON.stringify({ text: 5 }), ''])
    expect(r.stderr).toMatch(/<stdin>:2\b.*not valid JSON/)
    expect(r.stderr).toMatch(/<stdin>:3\b.*no field "text"/)
    expect(r.stderr).toMatch(/<stdin>:4\b.*field "text" is not a string/)
  })
})

describe('--list-rules', () => {
  it('lists the text rules and the HTML-only rules, each with whether it is on in the chosen preset', async () => {
    const r = await run(['--list-rules'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    const row = (id: string) => lines.find((l) => l.split(/\s+/)[1] === id)
    expect(row('social/follow-share')).toMatch(/^on\s+social\/follow-share\s+social\s+Remove/)
    expect(row('boilerplate/hidden-element')).toMatch(/^on\s+boilerplate\/hidden-element\s+boilerplate\s+\(HTML only\) /)
    // In the default preset, author-bio is off (aggressive only).
    expect(row('boilerplate/author-bio')).toMatch(/^off\s/)
    const aggressive = await run(['--list-rules', '--preset', 'aggressive'])
    expect(aggressive.stdout.split('\n').find((l) => l.split(/\s+/)[1] === 'boilerplate/author-bio')).toMatch(/^on\s/)
    expect(lines.filter((l) => l.includes('(HTML only)')).length).toBeGreaterThanOrEqual(15)
  })
})

describe('--config JSON files', () => {
  it('reads one that starts with a byte-order mark, and refuses JSON that is not an options object', async () => {
    const tmp = tempDir()
    try {
      writeFileSync(path.join(tmp.dir, 'bom.json'), `\ufeff${JSON.stringify({ categories: { social: 'off' } })}`)
      const ok = await run(['--config', 'bom.json'], ARTICLE, tmp.dir)
      expect(ok.code).toBe(0)
      expect(ok.stdout).toContain(SHARE)
      for (const bad of ['null', '[1]', '5']) {
        writeFileSync(path.join(tmp.dir, 'bad.json'), bad)
        const r = await run(['--config', 'bad.json'], ARTICLE, tmp.dir)
        expect(r.code, bad).toBe(2)
        expect(r.stderr).toContain('must be an options object')
      }
    } finally {
      tmp.cleanup()
    }
  })
})
