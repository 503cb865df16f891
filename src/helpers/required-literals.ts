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

import { ANY_STOPWORDS } from '../lang/stopwords/index.js'

type Atom =
  | { kind: 'char'; ch: string }
  // A class, a dot, an escape such as \s: matches something, but no known letter. `nonWord`: it
  // only ever matches characters that are not letters, digits or "_" (\s, \W, [-:|]).
  | { kind: 'other'; nonWord: boolean }
  // Zero-width: \b and ^ (`boundary: true`: a word may start here), \B (false), $ and
  // lookarounds (undefined: nothing known).
  | { kind: 'empty'; boundary?: boolean }
  | { kind: 'group'; alt: Alt }
interface Item {
  atom: Atom
  min: number
  /** Whether the atom may repeat (`+`, `{2,}`): then what follows it is not adjacent to it. */
  repeats: boolean
}
type Seq = Item[]
type Alt = Seq[]

/**
 * Whether a character class (its body, between the brackets) may match a letter, a digit or "_".
 * Non-word escapes (\s, \W, \n…) and escaped punctuation are dropped first; a range, or any
 * escape left (\w, \d, \p{…}, \u…), counts as "may", so the answer errs towards "may".
 */
function classMayHoldWordChars(body: string): boolean {
  const rest = body.replace(/\\[sWnrtfv]/g, '').replace(/\\[^\p{L}\p{N}]/gu, '')
  if (rest.replace(/^-|-$/g, '').includes('-')) return true
  return /[\p{L}\p{N}_\\]/u.test(rest)
}

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
      const body = this.src.slice(this.pos + 1, i)
      this.pos = i + 1
      return { kind: 'other', nonWord: !body.startsWith('^') && !classMayHoldWordChars(body) }
    }
    if (c === '\\') {
      const e = this.src[this.pos + 1]
      if (e === undefined) throw new Error('trailing backslash')
      if (e === 'b' || e === 'B') {
        this.pos += 2
        return { kind: 'empty', boundary: e === 'b' }
      }
      if (e === 'p' || e === 'P') {
        const close = this.src.indexOf('}', this.pos)
        if (close < 0) throw new Error('bad property escape')
        this.pos = close + 1
        return { kind: 'other', nonWord: false }
      }
      if (e === 'u' || e === 'x' || e === 'c' || /\d/.test(e)) throw new Error('escape not analysed')
      this.pos += 2
      return /[sSdDwWnrtfv0]/.test(e) ? { kind: 'other', nonWord: /[sWnrtfv]/.test(e) } : { kind: 'char', ch: e }
    }
    if (c === '^' || c === '$') {
      this.pos++
      return c === '^' ? { kind: 'empty', boundary: true } : { kind: 'empty' }
    }
    this.pos++
    return c === '.' ? { kind: 'other', nonWord: false } : { kind: 'char', ch: c }
  }
}

const LETTER_RUN = /[\p{L}\p{N}]+/gu
const WORD_CHAR = /[\p{L}\p{N}_]/u

/**
 * A literal every match must contain, and whether every match has it at the start of a word
 * (after \b, ^, a space or punctuation in the pattern): such literals are searched only at word
 * starts, which lets the scan skip the inside of every word.
 */
interface Literal {
  readonly text: string
  readonly wordStart: boolean
}

/** The pieces of a run of literal characters that are letters and digits, each with its anchoring. */
function wordRuns(run: string, runStartsWord: boolean): Literal[] {
  const out: Literal[] = []
  for (const m of run.matchAll(LETTER_RUN)) {
    // Inside the run a piece follows a non-letter character of the pattern; "_" is a word
    // character for \b, so a piece after one is not at a word start.
    out.push({ text: m[0], wordStart: m.index === 0 ? runStartsWord : run[m.index - 1] !== '_' })
  }
  return out
}

/** The longest run of letters and digits in a literal: what can be searched in raw text. */
function longestWordRun(run: string, runStartsWord: boolean): Literal | undefined {
  let best: Literal | undefined
  for (const piece of wordRuns(run, runStartsWord)) if (!best || piece.text.length > best.text.length) best = piece
  return best
}

/** A set of literals of which every match contains one; undefined when unknown. */
type Requirement = Literal[] | undefined

/**
 * Words so common in running text that a gate on them lets most blocks through. A literal set is
 * only as good as its weakest member, so these count as if they were one letter long: the stop
 * words of every language decruft lists (the same lists the language guess uses), and the common
 * verbs and nouns of cruft below, which those lists leave out. Stop words were once listed here by
 * hand, a few per language; taking all of them ("eine", "dass", "werden" were further required
 * sets of German patterns and matched the bench text 2,700, 680 and 650 times a pass) cut the
 * scan's matches from 63,800 to 49,100 a pass.
 */
const COMMON_BEYOND_STOPWORDS = new Set([
  'use', 'get', 'new', 'app', 'act', 'try', 'find', 'take', 'sign', 'don', 'open', 'start', 'read', 'see', 'view', 'make',
  'give', 'help', 'uns',
])

/** A literal searched only at word starts counts this many letters more (see score()). */
const WORD_START_BONUS = 2

/** Literals shorter than this are not searched for: they occur everywhere. */
const MIN_LENGTH = 3

function strength(literal: string): number {
  if (literal.length < MIN_LENGTH) return -Infinity
  const lower = literal.toLowerCase()
  return ANY_STOPWORDS.has(lower) || COMMON_BEYOND_STOPWORDS.has(lower) ? 1 : literal.length
}

/**
 * How good a gate a literal set is: its weakest literal's strength, a literal searched only at
 * word starts counting WORD_START_BONUS letters more (it is rarer, and the scan finds it without
 * trying every position inside words), less a little for each further literal.
 */
function score(req: Requirement): number {
  return req && req.length ? Math.min(...req.map((l) => strength(l.text) + (l.wordStart ? WORD_START_BONUS : 0))) - req.length * 0.01 : -Infinity
}

function requiredOfAlt(alt: Alt, startsWord: boolean): Requirement {
  const out: Literal[] = []
  for (const seq of alt) {
    const r = requiredOfSeq(seq, startsWord)
    if (!r) return undefined
    out.push(...r)
  }
  return out
}

/**
 * The two places a requirement can come from in a sequence: runs of literal characters, and
 * groups that must match at least once. Both requirement finders below walk it the same way.
 * `startsWord`: whether the sequence itself starts where a word may start. The walk tracks the
 * same for every position, to tell each run and group whether it starts at a word start, and
 * returns it for the end of the sequence.
 */
function walkSeq(seq: Seq, startsWord: boolean, onRun: (run: string, startsWord: boolean) => void, onGroup: (alt: Alt, startsWord: boolean) => void): boolean {
  let run = ''
  let runStartsWord = false
  let here = startsWord
  const endRun = () => {
    if (run) onRun(run, runStartsWord)
    run = ''
  }
  for (const { atom, min, repeats } of seq) {
    if (atom.kind === 'empty') {
      if (atom.boundary !== undefined) here = atom.boundary
      continue
    }
    // Whether the position after this item follows a non-word character. After a group: when
    // every branch ends so ("(?:generous |small )?donation"); a repeated group may start after
    // itself, so its branches are followed from an unknown start.
    const after =
      atom.kind === 'char'
        ? !WORD_CHAR.test(atom.ch)
        : atom.kind === 'other'
          ? atom.nonWord
          : atom.alt.every((branch) => walkSeq(branch, repeats ? false : here, ignore, ignore))
    if (atom.kind === 'char' && min === 1) {
      if (!run) runStartsWord = here
      run += atom.ch
      here = after
      // "go+gle" matches "google": the letters after a repeated one need not follow it directly.
      if (repeats) endRun()
      continue
    }
    endRun()
    if (atom.kind === 'group' && min >= 1) onGroup(atom.alt, here)
    here = min === 0 ? here && after : after
  }
  endRun()
  return here
}

function ignore(): void {}

function requiredOfSeq(seq: Seq, startsWord: boolean): Requirement {
  let best: Requirement
  const consider = (req: Requirement) => {
    if (score(req) > score(best)) best = req
  }
  walkSeq(
    seq,
    startsWord,
    (run, runStartsWord) => {
      const word = longestWordRun(run, runStartsWord)
      if (word) consider([word])
    },
    (alt, groupStartsWord) => consider(requiredOfAlt(alt, groupStartsWord)?.filter((l) => l.text)),
  )
  return best
}

/** Lower-cases and merges duplicates: a literal is at a word start only if it is everywhere. */
function lowerUnique(literals: readonly Literal[]): Literal[] {
  const out = new Map<string, boolean>()
  for (const { text, wordStart } of literals) {
    const lower = text.toLowerCase()
    out.set(lower, (out.get(lower) ?? true) && wordStart)
  }
  return [...out].map(([text, wordStart]) => ({ text, wordStart }))
}

function parse(source: string): Alt | undefined {
  try {
    const parser = new Parser(source)
    const alt = parser.parseAlt()
    return parser.pos === source.length ? alt : undefined
  } catch {
    return undefined
  }
}

function firstRequirement(alt: Alt): Literal[] | undefined {
  // A pattern is searched anywhere in the text: its start is not known to be a word start.
  const req = requiredOfAlt(alt, false)
  if (!req || req.length === 0 || req.some((l) => l.text.length < MIN_LENGTH)) return undefined
  return lowerUnique(req)
}

/** Lower-case literals (letters and digits only, at least three long) required by every match, or undefined. */
export function requiredLiterals(source: string): string[] | undefined {
  const alt = parse(source)
  return alt && firstRequirement(alt)?.map((l) => l.text)
}

/**
 * Further clauses are only worth scanning for when every literal in them is at a word start and
 * this strong (with WORD_START_BONUS: "lid" at a word start is about as rare in text as a
 * five-letter string anywhere).
 */
const MIN_EXTRA_STRENGTH = 5
const MAX_EXTRA_CLAUSES = 2

/** Every requirement of a sequence: each of its literal runs and required groups. */
function clausesOfSeq(seq: Seq): Literal[][] {
  const out: Literal[][] = []
  walkSeq(
    seq,
    false,
    (run, runStartsWord) => {
      for (const piece of wordRuns(run, runStartsWord)) out.push([piece])
    },
    (alt, groupStartsWord) => {
      const r = requiredOfAlt(alt, groupStartsWord)?.filter((l) => l.text)
      if (r && r.length) out.push(r)
    },
  )
  return out
}

/** What a pattern requires: literal sets of which every match holds one each, and which of them sit at word starts. */
export interface PatternRequirements {
  /** As requiredClauses(): undefined when even the first set cannot be worked out. */
  readonly clauses: string[][] | undefined
  /** Literals of the clauses that every match has at the start of a word. */
  readonly wordStart: ReadonlySet<string>
}

/**
 * Literal sets that every match must contain one of *each* (a conjunction): the set from
 * requiredLiterals() first, then up to two more strong ones from the same pattern. A block that
 * holds a common first literal ("support") but not the second ("journalism") is ruled out too.
 */
export function patternRequirements(source: string): PatternRequirements {
  const alt = parse(source)
  const first = alt && firstRequirement(alt)
  if (!alt || !first) return { clauses: undefined, wordStart: new Set() }
  const clauses: Literal[][] = [first]
  if (alt.length === 1) {
    const key = (c: readonly Literal[]) => c.map((l) => l.text).sort().join('|')
    const seen = new Set([key(first)])
    const extra: Literal[][] = []
    for (const clause of clausesOfSeq(alt[0]!)) {
      const lower = lowerUnique(clause)
      const weakest = Math.min(...lower.map((l) => strength(l.text) + (l.wordStart ? WORD_START_BONUS : 0)))
      // A literal that must be searched inside words too costs the scan at every position of
      // every document, for one pattern's sake: a further set is only worth it at word starts.
      if (weakest < MIN_EXTRA_STRENGTH || !lower.every((l) => l.wordStart) || seen.has(key(lower))) continue
      seen.add(key(lower))
      extra.push(lower)
    }
    extra.sort((a, b) => score(b) - score(a))
    clauses.push(...extra.slice(0, MAX_EXTRA_CLAUSES))
  }
  const anchoring = new Map<string, boolean>()
  for (const l of clauses.flat()) anchoring.set(l.text, (anchoring.get(l.text) ?? true) && l.wordStart)
  return {
    clauses: clauses.map((c) => c.map((l) => l.text)),
    wordStart: new Set([...anchoring].filter(([, w]) => w).map(([t]) => t)),
  }
}

/** The clauses of patternRequirements(), or undefined when even the first cannot be worked out. */
export function requiredClauses(source: string): string[][] | undefined {
  return patternRequirements(source).clauses
}
