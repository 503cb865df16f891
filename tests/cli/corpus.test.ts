import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { decompress as unzstd } from 'fzstd'
import { afterAll, describe, expect, it } from 'vitest'
import { ARTICLE, CLEANED, corpus, jsonl, parseLines, PROSE_1, PROSE_2, run, SHARE, slowDocRules, tempDir } from './helpers.js'

/**
 * Corpus mode in process (`--workers 0`, the code path the workers run too). Worker threads,
 * timeouts and GNU parallel are tested on a built bin in workers.test.ts.
 */
const tmp = tempDir()
afterAll(tmp.cleanup)
const at = (f: string) => path.join(tmp.dir, f)

/** What cleaning must do to `corpus()` records: drop the share line of every third one. */
function expectedOf(records: { id: string; text: string }[]) {
  return records.map((r) => ({ ...r, text: r.text.replace(`\n\n${SHARE}`, '') }))
}

describe('--jsonl corpus mode', () => {
  it('reads gzip input told by magic bytes, whatever the file is called, from a file or stdin', async () => {
    const records = corpus(50)
    const gz = gzipSync(jsonl(records))
    writeFileSync(at('in-gzip.jsonl'), gz)
    const r = await run(['--jsonl', '--workers', '0', 'in-gzip.jsonl'], '', tmp.dir)
    expect(r.code).toBe(0)
    expect(parseLines(r.stdout)).toEqual(expectedOf(records))
    const piped = await run(['--jsonl', '--workers', '0'], gz)
    expect(parseLines(piped.stdout)).toEqual(expectedOf(records))
  })

  it('writes -o FILE.gz and FILE.zst compressed, and reads them back', async () => {
    const records = corpus(40)
    writeFileSync(at('in.jsonl'), jsonl(records))
    expect((await run(['--jsonl', '--workers', '0', 'in.jsonl', '-o', 'out.jsonl.gz'], '', tmp.dir)).code).toBe(0)
    const gz = readFileSync(at('out.jsonl.gz'))
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b])
    expect(parseLines(gunzipSync(gz).toString('utf8'))).toEqual(expectedOf(records))
    expect((await run(['--jsonl', '--workers', '0', 'in.jsonl', '-o', 'out.jsonl.zst'], '', tmp.dir)).code).toBe(0)
    const zst = readFileSync(at('out.jsonl.zst'))
    expect(Buffer.from(unzstd(zst)).toString('utf8')).toBe(jsonl(expectedOf(records)))
    // …and zstd is read back as input (told by its magic bytes).
    const back = await run(['--jsonl', '--workers', '0', 'out.jsonl.zst'], '', tmp.dir)
    expect(parseLines(back.stdout)).toEqual(expectedOf(records))
  })

  it('a truncated gzip file: the records before the damage come out, the damage is reported, exit 1', async () => {
    const records = corpus(400)
    const gz = gzipSync(jsonl(records))
    writeFileSync(at('cut.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)))
    const r = await run(['--jsonl', '--workers', '0', 'cut.gz'], '', tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/cut\.gz: cannot read \(gzip member 1 is damaged or truncated \(it ends inside its compressed data\)/)
    const out = r.stdout.split('\n').filter(Boolean)
    expect(out.length).toBeGreaterThan(50)
    // All complete lines that came out are the cleaned records, in order; the cut one is passed through.
    const whole = out.slice(0, -1).map((l) => JSON.parse(l) as unknown)
    expect(whole).toEqual(expectedOf(records).slice(0, whole.length))
    expect(r.stderr).toMatch(new RegExp(`cut\\.gz:${out.length}: truncated last line`))
  })

  it('a gzip file with trailing garbage: every record of its members comes out, the garbage is reported, exit 1', async () => {
    const records = corpus(3000)
    writeFileSync(at('junk.gz'), Buffer.concat([gzipSync(jsonl(records.slice(0, 1000))), gzipSync(jsonl(records.slice(1000))), Buffer.from('GARBAGE')]))
    const r = await run(['--jsonl', '--workers', '0', 'junk.gz'], '', tmp.dir)
    expect(r.code).toBe(1)
    expect(parseLines(r.stdout)).toEqual(expectedOf(records))
    expect(r.stderr).toMatch(/junk\.gz: cannot read \(trailing garbage at byte \d+, after the last of 2 gzip member\(s\), was ignored; every member before it was read in full\)/)
    expect(r.stderr).not.toMatch(/truncated last line/)
  })

  it('a last line without newline that is cut short is reported as truncated; a whole one is cleaned', async () => {
    const ok = await run(['--jsonl', '--workers', '0'], JSON.stringify({ text: ARTICLE }))
    expect(ok.code).toBe(0)
    expect(ok.stdout).toBe(`${JSON.stringify({ text: CLEANED })}\n`)
    const cut = await run(['--jsonl', '--workers', '0'], `${JSON.stringify({ text: ARTICLE })}\n{"id":"x","text":"Share th`)
    expect(cut.code).toBe(1)
    expect(cut.stderr).toMatch(/<stdin>:2: truncated last line \(no newline at the end of the input\), not valid JSON/)
    expect(cut.stdout).toBe(`${JSON.stringify({ text: CLEANED })}\n{"id":"x","text":"Share th\n`)
  })

  it('--removed-field attaches the removals, dotted paths create objects', async () => {
    const r = await run(['--jsonl', '--workers', '0', '--removed-field', 'meta.removed'], jsonl([{ id: 1, text: `${PROSE_1}\n\n${SHARE}` }]))
    const [rec] = parseLines(r.stdout) as { text: string; meta: { removed: { ruleId: string; category: string; text: string }[] } }[]
    expect(rec!.text).toBe(PROSE_1)
    expect(rec!.meta.removed).toHaveLength(1)
    expect(rec!.meta.removed[0]).toMatchObject({ category: 'social', text: SHARE })
    expect(rec!.meta.removed[0]!.ruleId).toMatch(/^social\//)
  })

  it('--drop-empty leaves out records that end up empty, and counts them with the reason', async () => {
    const input = jsonl([{ id: 'a', text: ARTICLE }, { id: 'b', text: SHARE }, { id: 'c', text: '' }, { id: 'd', text: PROSE_2 }])
    const kept = await run(['--jsonl', '--workers', '0'], input)
    expect(parseLines(kept.stdout)).toHaveLength(4) // off by default: nothing left out
    const r = await run(['--jsonl', '--workers', '0', '--drop-empty'], input)
    expect(r.code).toBe(0)
    expect(parseLines(r.stdout)).toEqual([{ id: 'a', text: CLEANED }, { id: 'd', text: PROSE_2 }])
    expect(r.stderr).toContain('4 record(s) in, 2 out (2 cleaned, 0 passed through unchanged after errors), 1 dropped (field empty after cleaning), 1 dropped (field empty in the input); in = out + rejected + dropped')
  })

  it('--rejects takes the records that failed, unchanged; in = out + rejected', async () => {
    const input = `${JSON.stringify({ id: 'a', text: ARTICLE })}\n{oops\n${JSON.stringify({ id: 'c', body: 1 })}\n${JSON.stringify({ id: 'd', text: PROSE_1 })}\n`
    const r = await run(['--jsonl', '--workers', '0', '--rejects', 'rej.jsonl'], input, tmp.dir)
    expect(r.code).toBe(1)
    expect(parseLines(r.stdout)).toEqual([{ id: 'a', text: CLEANED }, { id: 'd', text: PROSE_1 }])
    expect(readFileSync(at('rej.jsonl'), 'utf8')).toBe(`{oops\n${JSON.stringify({ id: 'c', body: 1 })}\n`)
    expect(r.stderr).toMatch(/<stdin>:2: not valid JSON.*sent to the rejects/)
    expect(r.stderr).toMatch(/<stdin>:3 \(id c\): no field "text"; sent to the rejects/)
    expect(r.stderr).toContain('4 record(s) in, 2 out (2 cleaned), 2 rejected; in = out + rejected + dropped')
  })

  it('--shard I/N splits the records into disjoint shards that together hold every record', async () => {
    const records = corpus(31)
    writeFileSync(at('shard.jsonl'), jsonl(records))
    for (const by of [[], ['--shard-by', 'id']]) {
      const shards = await Promise.all([0, 1, 2].map((i) => run(['--jsonl', '--workers', '0', '--shard', `${i}/3`, ...by, 'shard.jsonl'], '', tmp.dir)))
      const ids = shards.map((s) => (parseLines(s.stdout) as { id: string }[]).map((r) => r.id))
      for (const s of ids) expect(s.length).toBeGreaterThan(3)
      expect(ids.flat().sort()).toEqual(records.map((r) => r.id).sort())
      if (!by.length) expect(ids[1]).toEqual(records.filter((_, i) => i % 3 === 1).map((r) => r.id))
    }
    expect((await run(['--jsonl', '--shard', '3/3'], '')).code).toBe(2)
  })

  it('--resume continues after an interrupted run without duplicates, cutting a partial line', async () => {
    const records = corpus(60)
    const input = `${jsonl(records.slice(0, 30))}{bad json\n${jsonl(records.slice(30))}`
    writeFileSync(at('res.jsonl'), input)
    const full = await run(['--jsonl', '--workers', '0', 'res.jsonl', '-o', 'full.jsonl', '--rejects', 'full.rej'], '', tmp.dir)
    expect(full.code).toBe(1)
    const fullOut = readFileSync(at('full.jsonl'), 'utf8')
    const fullRej = readFileSync(at('full.rej'), 'utf8')
    expect(fullRej).toBe('{bad json\n')
    // An interrupted run: 40 lines out, half of the 41st written, the reject written.
    const lines = fullOut.split('\n')
    writeFileSync(at('part.jsonl'), `${lines.slice(0, 40).join('\n')}\n${lines[40]!.slice(0, 20)}`)
    writeFileSync(at('part.rej'), fullRej)
    const resumed = await run(['--jsonl', '--workers', '0', '--resume', 'res.jsonl', '-o', 'part.jsonl', '--rejects', 'part.rej'], '', tmp.dir)
    expect(resumed.stderr).toContain('resume: 40 output line(s) and 1 reject(s) already written')
    expect(readFileSync(at('part.jsonl'), 'utf8')).toBe(fullOut)
    expect(readFileSync(at('part.rej'), 'utf8')).toBe(fullRej)
    // The two files were cut at different input lines: the rejects ahead of the output (a gzip
    // output lags behind a plain rejects file). Adding their counts would skip input lines 11–30.
    writeFileSync(at('lag.jsonl'), `${lines.slice(0, 10).join('\n')}\n`)
    writeFileSync(at('lag.rej'), fullRej)
    const lagging = await run(['--jsonl', '--workers', '0', '--resume', 'res.jsonl', '-o', 'lag.jsonl', '--rejects', 'lag.rej'], '', tmp.dir)
    expect(lagging.stderr).toContain('resume: 10 output line(s) and 1 reject(s) already written')
    expect(readFileSync(at('lag.jsonl'), 'utf8')).toBe(fullOut)
    expect(readFileSync(at('lag.rej'), 'utf8')).toBe(fullRej)
    // Without --rejects the output alone tells the position (one line out per line in): only the
    // rest is read. The bad line 31 was passed through among the first 40.
    const single = await run(['--jsonl', '--workers', '0', 'res.jsonl', '-o', 'single.jsonl'], '', tmp.dir)
    const singleOut = readFileSync(at('single.jsonl'), 'utf8')
    writeFileSync(at('only.jsonl'), `${singleOut.split('\n').slice(0, 40).join('\n')}\n`)
    const only = await run(['--jsonl', '--workers', '0', '--resume', 'res.jsonl', '-o', 'only.jsonl'], '', tmp.dir)
    expect(single.code).toBe(1)
    expect(only.code).toBe(0)
    expect(only.stderr).toContain('21 record(s) in')
    expect(readFileSync(at('only.jsonl'), 'utf8')).toBe(singleOut)
    // With --drop-empty positions are unknown: it cleans again and discards what is there.
    writeFileSync(at('drop.jsonl'), lines.slice(0, 10).join('\n') + '\n')
    const again = await run(['--jsonl', '--workers', '0', '--resume', '--drop-empty', 'res.jsonl', '-o', 'drop.jsonl', '--rejects', 'drop.rej'], '', tmp.dir)
    expect(again.code).toBe(1)
    expect(readFileSync(at('drop.jsonl'), 'utf8')).toBe(fullOut)
    expect((await run(['--jsonl', '--resume'], '')).code).toBe(2)
  })

  it('--resume continues a compressed output: whole files get a new member, truncated ones are rewritten first', async () => {
    const records = corpus(60)
    writeFileSync(at('zres.jsonl'), jsonl(records))
    const full = await run(['--jsonl', '--workers', '0', 'zres.jsonl', '-o', 'zfull.jsonl'], '', tmp.dir)
    expect(full.code).toBe(0)
    const fullOut = readFileSync(at('zfull.jsonl'), 'utf8')
    const lines = fullOut.split('\n')
    const head = (n: number) => `${lines.slice(0, n).join('\n')}\n`

    // A run stopped cleanly after 25 records: a whole gzip file, to which a second member is added.
    writeFileSync(at('whole.jsonl.gz'), gzipSync(head(25)))
    const whole = await run(['--jsonl', '--workers', '0', '--resume', 'zres.jsonl', '-o', 'whole.jsonl.gz'], '', tmp.dir)
    expect(whole.code).toBe(0)
    expect(whole.stderr).toContain('resume: 25 output line(s) already written')
    expect(whole.stderr).not.toContain('rewrote')
    expect(whole.stderr).toContain('35 record(s) in')
    expect(gunzipSync(readFileSync(at('whole.jsonl.gz'))).toString('utf8')).toBe(fullOut)

    // A killed run: the gzip stream stops mid-way (no trailer, a partial line inside). What decodes
    // is kept up to its last complete line, the file is rewritten whole, and the run goes on.
    const gz = gzipSync(`${head(45)}${lines[45]!.slice(0, 30)}`)
    writeFileSync(at('cut.jsonl.gz'), gz.subarray(0, gz.length - 12))
    // The copy an earlier resume left when it was killed while rewriting: taken over, not piled up.
    writeFileSync(at('.cut.jsonl.resume.gz'), gzipSync('a stale partial copy\n'))
    const cut = await run(['--jsonl', '--workers', '0', '--resume', 'zres.jsonl', '-o', 'cut.jsonl.gz'], '', tmp.dir)
    expect(cut.code).toBe(0)
    expect(cut.stderr).toContain('rewrote its complete lines')
    const written = Number(/resume: (\d+) output line/.exec(cut.stderr)![1])
    expect(written).toBeGreaterThan(0)
    expect(written).toBeLessThanOrEqual(45)
    expect(gunzipSync(readFileSync(at('cut.jsonl.gz'))).toString('utf8')).toBe(fullOut)
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('.cut.jsonl.resume'))).toEqual([])

    // zstd the same way (writing .zst uses the zstd program, as without --resume).
    const zst = await run(['--jsonl', '--workers', '0', 'zres.jsonl', '-o', 'part.jsonl.zst'], '', tmp.dir)
    expect(zst.code).toBe(0)
    const zbytes = readFileSync(at('part.jsonl.zst'))
    writeFileSync(at('part.jsonl.zst'), zbytes.subarray(0, Math.floor(zbytes.length / 2)))
    const zcut = await run(['--jsonl', '--workers', '0', '--resume', 'zres.jsonl', '-o', 'part.jsonl.zst'], '', tmp.dir)
    expect(zcut.code).toBe(0)
    expect(zcut.stderr).toContain('rewrote its complete lines')
    expect(Buffer.from(unzstd(readFileSync(at('part.jsonl.zst')))).toString('utf8')).toBe(fullOut)
  })

  it('--stats and --stats-json count removals per rule and per category, with words', async () => {
    const records = corpus(9) // ids 0, 3, 6 carry the five-word share line
    const r = await run(['--jsonl', '--workers', '0', '--stats', '--stats-json', 'stats.json'], jsonl(records), tmp.dir)
    expect(r.code).toBe(0)
    const stats = JSON.parse(readFileSync(at('stats.json'), 'utf8')) as { records: number; byCategory: Record<string, { count: number; words: number }>; byRule: Record<string, unknown> }
    expect(stats.records).toBe(9)
    expect(stats.byCategory).toEqual({ social: { count: 3, words: 15 } })
    expect(Object.keys(stats.byRule)).toHaveLength(1)
    expect(r.stderr).toMatch(/social\s+3\s+15/)
  })

  it('writes records back byte for byte but for the cleaned field: 64-bit ids, 1e999 and deep nesting survive', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    const lines = [
      `{"id":1453287659012345678,"big":1e999,"text":${JSON.stringify(`${PROSE_1}\n\n${SHARE}`)}, "spaced" : 1.50}`,
      `{"id":1453287659012345679,"nested":${deep},"text":${JSON.stringify(PROSE_2)}}`,
    ]
    const r = await run(['--jsonl', '--workers', '0'], `${lines.join('\n')}\n`)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      `{"id":1453287659012345678,"big":1e999,"text":${JSON.stringify(PROSE_1)}, "spaced" : 1.50}\n` +
        `{"id":1453287659012345679,"nested":${deep},"text":${JSON.stringify(PROSE_2)}}\n`,
    )
  })

  it('--removed-field that cannot be written fails the record, reported, instead of dropping the removals', async () => {
    const records = [{ id: 'a', doc: { body: `${PROSE_1}\n\n${SHARE}` }, note: 'a string' }]
    const r = await run(['--jsonl', '--workers', '0', '--field', 'doc.body', '--removed-field', 'note.removed'], jsonl(records))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('<stdin>:1 (id a): cannot attach the removals at "note.removed" ("note" is not an object); record passed through unchanged')
    expect(parseLines(r.stdout)).toEqual(records)
  })

  it.each([
    [['--field', 'doc', '--removed-field', 'doc'], 'overlap'],
    [['--field', 'doc', '--removed-field', 'doc.removed'], 'overlap'],
    [['--field', 'doc.body', '--removed-field', 'doc'], 'overlap'],
    [['--field', ''], '--field expects'],
    [['--removed-field', ''], '--removed-field expects'],
  ])('refuses %j as a usage error', async (flags, message) => {
    const r = await run(['--jsonl', '--workers', '0', ...flags], jsonl(corpus(1)))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
  })

  it('an output, rejects or stats file that cannot be written is a usage error (exit 2) before any record is cleaned', async () => {
    mkdirSync(at('a-folder'), { recursive: true })
    for (const flags of [['-o', 'a-folder'], ['--rejects', 'a-folder'], ['--stats-json', 'a-folder'], ['--resume', '-o', 'ok.jsonl', '--rejects', 'a-folder']]) {
      const r = await run(['--jsonl', '--workers', '0', ...flags], jsonl(corpus(2)), tmp.dir)
      expect(r.code, flags.join(' ')).toBe(2)
      expect(r.stderr, flags.join(' ')).toMatch(/a-folder.*cannot (write|read)/)
      expect(r.stderr).not.toContain('    at ') // no stack trace
    }
  })

  it('--json with --jsonl is a usage error: it prints one document, --removed-field is the corpus form', async () => {
    const r = await run(['--jsonl', '--json'], jsonl(corpus(1)))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--removed-field')
  })

  it('corpus flags without --jsonl are a usage error', async () => {
    const r = await run(['--drop-empty'], ARTICLE)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--drop-empty work with --jsonl only')
    for (const flag of [['--worker-memory', '512'], ['--id-field', 'key']]) {
      const refused = await run(flag, ARTICLE)
      expect(refused.code, flag[0]).toBe(2)
      expect(refused.stderr).toContain(`${flag[0]} work with --jsonl only`)
    }
  })
})

describe('--timeout', () => {
  writeFileSync(at('slow-doc.mjs'), slowDocRules(300))
  const records = corpus(5).map((r, i) => (i === 2 ? { ...r, text: `${r.text}\n\nSLOWDOC` } : r))

  it('is the time budget of each record in the main thread (--workers 0)', async () => {
    const r = await run(['--jsonl', '--workers', '0', '--timeout', '100', '--config', 'slow-doc.mjs', '--rejects', 'slow-doc.rej'], jsonl(records), tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/<stdin>:3 \(id doc-2\): timeout: .*limits\.timeBudgetMs \(100 ms\).*document pass of slow\/doc/)
    expect(parseLines(readFileSync(at('slow-doc.rej'), 'utf8'))).toEqual([records[2]])
    expect(r.stderr).toContain('5 record(s) in, 4 out (4 cleaned), 1 rejected')
    // A budget the record fits in: everything is cleaned.
    const roomy = await run(['--jsonl', '--workers', '0', '--timeout', '20000', '--config', 'slow-doc.mjs'], jsonl(records), tmp.dir)
    expect(roomy.code).toBe(0)
    expect(parseLines(roomy.stdout)).toHaveLength(5)
  })

  it('is the time budget of each file outside corpus mode', async () => {
    writeFileSync(at('slow.txt'), `${PROSE_1}\n\nSLOWDOC`)
    const r = await run(['--timeout', '100', '--config', 'slow-doc.mjs', 'slow.txt'], '', tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/slow\.txt.*limits\.timeBudgetMs \(100 ms\)/)
    const roomy = await run(['--timeout', '20000', '--config', 'slow-doc.mjs', 'slow.txt'], '', tmp.dir)
    expect(roomy.code).toBe(0)
    expect(roomy.stdout).toContain(PROSE_1)
  })

  it('wins over limits.timeBudgetMs of --config options, which apply without it', async () => {
    writeFileSync(at('slow-and-tight.mjs'), `import slow from './slow-doc.mjs'\nexport default { limits: { timeBudgetMs: 100 }, ruleSets: [slow] }\n`)
    const tight = await run(['--jsonl', '--workers', '0', '--config', 'slow-and-tight.mjs'], jsonl(records), tmp.dir)
    expect(tight.code).toBe(1)
    expect(tight.stderr).toContain('limits.timeBudgetMs (100 ms)')
    const overridden = await run(['--jsonl', '--workers', '0', '--timeout', '20000', '--config', 'slow-and-tight.mjs'], jsonl(records), tmp.dir)
    expect(overridden.code).toBe(0)
  })
})

describe('line endings and marks', () => {
  it('keeps each line\'s CRLF, a whitespace-only line and a BOM inside the file: only the field changes', async () => {
    const rec = (id: string, text: string) => JSON.stringify({ id, text })
    const input = [
      rec('a', ARTICLE),
      '{"id":"b","text":5}',
      '   ',
      `\ufeff${rec('c', ARTICLE)}`,
      'not json',
    ].join('\r\n') + '\r\n'
    const r = await run(['--jsonl', '--workers', '0'], input)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe([rec('a', CLEANED), '{"id":"b","text":5}', '   ', `\ufeff${rec('c', CLEANED)}`, 'not json'].join('\r\n') + '\r\n')
    // A mixed file keeps each line's own ending.
    const mixed = await run(['--jsonl', '--workers', '0'], `${rec('a', ARTICLE)}\n{"id":"b","text":5}\r\n`)
    expect(mixed.stdout).toBe(`${rec('a', CLEANED)}\n{"id":"b","text":5}\r\n`)
    // Rejected lines too.
    const rej = await run(['--jsonl', '--workers', '0', '--rejects', 'crlf.rej', '-o', 'crlf.out'], `{"id":"b","text":5}\r\n`, tmp.dir)
    expect(readFileSync(at('crlf.rej'), 'utf8')).toBe('{"id":"b","text":5}\r\n')
    expect(rej.code).toBe(1)
  })
})

describe('an output that cannot be written', () => {
  // /dev/full takes the open and fails every write with ENOSPC, as a full disk does; the links
  // give it the extension that chooses the compression.
  const full = (name: string) => {
    symlinkSync('/dev/full', at(name))
    return name
  }
  it.each(['on-full-disk.jsonl', 'on-full-disk.jsonl.gz', 'on-full-disk.jsonl.zst'])('-o %s on a full disk: exit 1, one message naming it, no hang', async (name) => {
    const records = corpus(3000)
    writeFileSync(at('two-a.jsonl'), jsonl(records.slice(0, 1500)))
    writeFileSync(at('two-b.jsonl'), jsonl(records.slice(1500)))
    const r = await run(['--jsonl', '--workers', '0', 'two-a.jsonl', 'two-b.jsonl', '-o', full(name)], '', tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}: cannot write \\((?:ENOSPC|.*no space)`))
    expect(r.stderr).toMatch(/the run stopped there/)
    // The inputs are not blamed: they could be read.
    expect(r.stderr).not.toMatch(/cannot read/)
  })
})
