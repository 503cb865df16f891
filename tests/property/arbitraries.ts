import fc from 'fast-check'

/**
 * Generators for the property tests. Random strings alone almost never trip a rule, so most
 * documents are built from real cruft phrases, date lines and article prose, joined by every kind
 * of line break decruft has to understand. Hostile characters are sprinkled in.
 */

/** Cruft that the recommended preset removes when it stands alone in a block. */
export const CRUFT = [
  'Read more: Six of the worst floods in the region',
  'Leave a Reply',
  'Advertisement',
  'Share this article',
  'Share this:',
  'Subscribe to our newsletter',
  'Sub\u00ADscribe to our news\u200Bletter',
  'Аdvеrtіѕеmеnt',
  'Thursday 16 November 2023 17:59, UK',
  'Updated: 3 hours ago',
  '02.02.2022',
  'Related:',
  'Comments',
  '3 Comments',
  'Follow us on Twitter',
  '© 2024 Example News. All rights reserved.',
  'Anzeige',
  'Publicité',
  'Thank you',
] as const

const WORDS = [
  'the', 'council', 'met', 'on', 'Tuesday', 'to', 'discuss', 'budget', 'for', 'next', 'year', 'and',
  'residents', 'said', 'that', 'river', 'flooded', 'houses', 'near', 'old', 'bridge', 'after', 'heavy',
  'rain', 'officials', 'expect', 'more', 'storms', 'this', 'week', 'while', 'engineers', 'inspect', 'roads',
  'schools', 'stayed', 'open', 'but', 'buses', 'ran', 'late', 'Müller', 'café', 'naïve', 'über',
]

/** A sentence-shaped paragraph of 12 to 40 words: what the engine treats as article prose. */
export const prose: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 12, maxLength: 40 })
  .map((words) => {
    const s = words.join(' ')
    return s[0]!.toUpperCase() + s.slice(1) + '.'
  })

/** A short line that is neither prose nor known cruft. */
export const shortLine: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 })
  .map((w) => w.join(' '))

/** Characters that have broken text tools: invisibles, odd spaces, NUL, BOM, surrogates, RTL marks. */
const HOSTILE_CHARS = [
  '\0', '\uFEFF', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\u00A0', '\u3000', '\u180E', '\u0085',
  '\t', '\v', '\f', '\u202E', '\uFFFD', '\uD800', '\uDC00', '😀', 'é', 'e\u0301', 'ﬁ', 'Ａ', '中', 'ー',
] as const
export const hostileChar: fc.Arbitrary<string> = fc.constantFrom(...HOSTILE_CHARS)

/** Every line-break shape decruft must split on, plus blank lines that hold only spaces. */
export const SEPARATORS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\u2028', '\u2029', '\u2028\u2028', '\n \n', '\n\u00A0\n', '\n\n\n'] as const
export const separator: fc.Arbitrary<string> = fc.constantFrom(...SEPARATORS)

/** A block, mostly realistic, sometimes with a hostile character spliced in. */
export const blockText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: prose },
  { weight: 4, arbitrary: fc.constantFrom(...CRUFT) },
  { weight: 2, arbitrary: shortLine },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(prose, fc.constantFrom(...CRUFT), shortLine), hostileChar, fc.nat())
      .map(([text, ch, at]) => {
        const i = at % (text.length + 1)
        return text.slice(0, i) + ch + text.slice(i)
      }),
  },
)

/** A document: blocks joined by assorted separators, optionally BOM-prefixed, optionally with trailing junk. */
export const document: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(blockText, separator), { minLength: 0, maxLength: 14 }),
    fc.boolean(),
    fc.constantFrom('', '\n', '\r\n', '   ', '\n\n\n'),
  )
  .map(([parts, bom, tail]) => (bom ? '\uFEFF' : '') + parts.map(([b, s]) => b + s).join('') + tail)

/** Arbitrary UTF-16: any code unit, so lone surrogate halves are common. */
export const anyCodeUnits: fc.Arbitrary<string> = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
})

/** Well-formed strings of any code point (no lone surrogates). */
export const anyCodePoints: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 300 })

/** Any string at all, weighted towards the shapes that break segmenters. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
  document,
  anyCodeUnits,
  anyCodePoints,
  fc.string({ unit: fc.constantFrom('\n', '\r', '\u2028', '\u2029', ' ', '\0', '\uFEFF', 'a', '.'), maxLength: 400 }),
  fc.tuple(fc.constantFrom('a', ' ', '\n', 'Advertisement '), fc.integer({ min: 1, max: 3000 })).map(([s, n]) => s.repeat(n)),
)
