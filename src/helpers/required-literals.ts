/**
 * Finds literal words that every match of a regular expression must contain, so that a cheap
 * literal scan can rule a pattern out before the pattern itself runs. `\bdonat(?:e|ion)` needs
 * "donat"; `(?:your|a) (?:donation|gift)` needs "donation" or "gift".
 *
 * It understands the subset of regex syntax that phrase tables use (literals, groups,
 * alternation, quantifiers, classes, escapes, anchors, lookarounds). Anything it is unsure of
 * makes the answer `undefined`, which means "no gate: always run the pattern" — never a wrong
 * exclusion.
 */

type Atom =
  | { kind: 'char'; ch: string }
  | { kind: 'other' } // a class, a dot, an escape such as \s: matches something, but no known letter
  | { kind: 'empty' } // zero-width: \b, ^, $, lookarounds
  | { kind: 'group'; alt: Alt }
interface Item {
  atom: Atom
  min: number
  /** Whether the atom may repeat (`+`, `{2,}`): then what follows it is not adjacent to it. */
  repeats: boolean
}
type Seq = Item[]
type Alt = Seq[]

class Parser {
  pos = 0
  constructor(readonly src: string) {}

  parseAlt(): Alt {
    const branches: Alt = [this.parseSeq()]
    while (this.src[this.pos] === '|') {
      this.pos++
      branches.push(this.parseSeq())
    }
    return branches
  }

  parseSeq(): Seq {
    const items: Seq = []
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.parseAtom()
      const before = this.pos
      const min = this.parseQuantifier()
      const quantifier = this.src.slice(before, this.pos)
      items.push({ atom, min, repeats: quantifier !== '' && !/^\{1\}\??$/.test(quantifier) })
    }
    return items
  }

  parseQuantifier(): number {
    const c = this.src[this.pos]
    let min = 1
    if (c === '?' || c === '*') {
      min = 0
      this.pos++
    } else if (c === '+') {
      this.pos++
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.pos))
      if (!m) throw new Error('bad quantifier')
      min = Number(m[1])
      this.pos += m[0].length
    } else {
      return 1
    }
    if (this.src[this.pos] === '?') this.pos++ // lazy
    return min
  }

  parseAtom(): Atom {
    const c = this.src[this.pos]!
    if (c === '(') {
      this.pos++
      let zeroWidth = false
      if (this.src.startsWith('?:', this.pos)) this.pos += 2
      else if (/^\?<?[=!]/.test(this.src.slice(this.pos, this.pos + 3))) {
        zeroWidth = true
        this.pos += this.src[this.pos + 1] === '<' ? 3 : 2
      } else if (this.src.startsWith('?<', this.pos)) {
        const close = this.src.indexOf('>', this.pos)
        if (close < 0) throw new Error('bad group name')
        this.pos = close + 1
      }
      const alt = this.parseAlt()
      if (this.src[this.pos] !== ')') throw new Error('unclosed group')
      this.pos++
      return zeroWidth ? { kind: 'empty' } : { kind: 'group', alt }
    }
    if (c === '[') {
      let i = this.pos + 1
      if (this.src[i] === '^') i++
      if (this.src[i] === ']') i++
      while (i < this.src.length && this.src[i] !== ']') i += this.src[i] === '\\' ? 2 : 1
      if (i >= this.src.length) throw new Error('unclosed class')
      this.pos = i + 1
      return { kind: 'other' }
    }
    if (c === '\\') {
      const e = this.src[this.pos + 1]
      if (e === undefined) throw new Error('trailing backslash')
      if (e === 'b' || e === 'B') {
        this.pos += 2
        return { kind: 'empty' }
      }
      if (e === 'p' || e === 'P') {
        const close = this.src.indexOf('}', this.pos)
        if (close < 0) throw new Error('bad property escape')
        this.pos = close + 1
        return { kind: 'other' }
      }
      if (e === 'u' || e === 'x' || e === 'c' || /\d/.test(e)) throw new Error('escape not analysed')
      this.pos += 2
      return /[sSdDwWnrtfv0]/.test(e) ? { kind: 'other' } : { kind: 'char', ch: e }
    }
    if (c === '^' || c === '$') {
      this.pos++
      return { kind: 'empty' }
    }
    this.pos++
    return c === '.' ? { kind: 'other' } : { kind: 'char', ch: c }
  }
}

const LETTER_RUN = /[\p{L}\p{N}]+/gu

/** The longest run of letters and digits in a literal: what can be searched in raw text. */
function longestWordRun(literal: string): string {
  let best = ''
  for (const m of literal.matchAll(LETTER_RUN)) if (m[0].length > best.length) best = m[0]
  return best
}

/** A set of literals of which every match contains one; undefined when unknown. */
type Requirement = string[] | undefined

/**
 * Words so common in running text that a gate on them lets most blocks through. A literal set is
 * only as good as its weakest member, so these count as if they were one letter long.
 */
const COMMON = new Set([
  'the', 'and', 'this', 'that', 'with', 'for', 'you', 'your', 'our', 'not', 'use', 'get', 'like', 'can', 'will', 'all',
  'more', 'new', 'now', 'one', 'out', 'are', 'was', 'has', 'have', 'from', 'here', 'there', 'what', 'who', 'how', 'app',
  'act', 'try', 'find', 'take', 'sign', 'don', 'open', 'start', 'also', 'read', 'see', 'view', 'make', 'give', 'help',
  'und', 'der', 'die', 'das', 'den', 'dem', 'sie', 'ihr', 'uns', 'wir', 'mit', 'für', 'auf', 'von', 'ist', 'nicht', 'auch', 'mehr',
  'les', 'des', 'une', 'est', 'pas', 'vous', 'nous', 'pour', 'sur', 'par', 'plus', 'los', 'las', 'una', 'por', 'para', 'con',
  'del', 'que', 'más', 'het', 'een', 'van', 'voor', 'met', 'niet', 'per', 'che', 'non', 'della', 'nie', 'się', 'jest',
])

/** Literals shorter than this are not searched for: they occur everywhere. */
const MIN_LENGTH = 3

function strength(literal: string): number {
  if (literal.length < MIN_LENGTH) return -Infinity
  return COMMON.has(literal.toLowerCase()) ? 1 : literal.length
}

function score(req: Requirement): number {
  return req && req.length ? Math.min(...req.map(strength)) - req.length * 0.01 : -Infinity
}

function requiredOfAlt(alt: Alt): Requirement {
  const out = new Set<string>()
  for (const seq of alt) {
    const r = requiredOfSeq(seq)
    if (!r) return undefined
    for (const s of r) out.add(s)
  }
  return [...out]
}

/**
 * The two places a requirement can come from in a sequence: runs of literal characters, and
 * groups that must match at least once. Both requirement finders below walk it the same way.
 */
function walkSeq(seq: Seq, onRun: (run: string) => void, onGroup: (alt: Alt) => void): void {
  let run = ''
  const endRun = () => {
    if (run) onRun(run)
    run = ''
  }
  for (const { atom, min, repeats } of seq) {
    if (atom.kind === 'empty') continue
    if (atom.kind === 'char' && min === 1) {
      run += atom.ch
      // "go+gle" matches "google": the letters after a repeated one need not follow it directly.
      if (repeats) endRun()
      continue
    }
    endRun()
    if (atom.kind === 'group' && min >= 1) onGroup(atom.alt)
  }
  endRun()
}

function requiredOfSeq(seq: Seq): Requirement {
  let best: Requirement
  const consider = (req: Requirement) => {
    if (score(req) > score(best)) best = req
  }
  walkSeq(
    seq,
    (run) => {
      const word = longestWordRun(run)
      if (word) consider([word])
    },
    (alt) => consider(requiredOfAlt(alt)?.filter(Boolean)),
  )
  return best
}

/** Lower-case literals (letters and digits only, at least three long) required by every match, or undefined. */
export function requiredLiterals(source: string): string[] | undefined {
  let alt: Alt
  try {
    const parser = new Parser(source)
    alt = parser.parseAlt()
    if (parser.pos !== source.length) return undefined
  } catch {
    return undefined
  }
  const req = requiredOfAlt(alt)
  if (!req || req.length === 0 || req.some((s) => s.length < MIN_LENGTH)) return undefined
  return [...new Set(req.map((s) => s.toLowerCase()))]
}

/** Further clauses are only worth scanning for when every literal in them is this strong. */
const MIN_EXTRA_STRENGTH = 5
const MAX_EXTRA_CLAUSES = 2

/** Every requirement of a sequence: each of its literal runs and required groups. */
function clausesOfSeq(seq: Seq): string[][] {
  const out: string[][] = []
  walkSeq(
    seq,
    (run) => {
      for (const m of run.matchAll(LETTER_RUN)) out.push([m[0]])
    },
    (alt) => {
      const r = requiredOfAlt(alt)?.filter(Boolean)
      if (r && r.length) out.push(r)
    },
  )
  return out
}

/**
 * Literal sets that every match must contain one of *each* (a conjunction): the set from
 * requiredLiterals() first, then up to two more strong ones from the same pattern. A block that
 * holds a common first literal ("support") but not the second ("journalism") is ruled out too.
 * Undefined when even the first cannot be worked out (the pattern then always runs).
 */
export function requiredClauses(source: string): string[][] | undefined {
  const first = requiredLiterals(source)
  if (!first) return undefined
  let alt: Alt
  try {
    alt = new Parser(source).parseAlt()
  } catch {
    return [first]
  }
  if (alt.length !== 1) return [first]
  const key = (c: readonly string[]) => [...c].sort().join('|')
  const seen = new Set([key(first)])
  const extra: string[][] = []
  for (const clause of clausesOfSeq(alt[0]!)) {
    const lower = [...new Set(clause.map((s) => s.toLowerCase()))]
    if (Math.min(...lower.map(strength)) < MIN_EXTRA_STRENGTH || seen.has(key(lower))) continue
    seen.add(key(lower))
    extra.push(lower)
  }
  extra.sort((a, b) => score(b) - score(a))
  return [first, ...extra.slice(0, MAX_EXTRA_CLAUSES)]
}
