/**
 * The built-in presets. A preset turns rules on (every rule whose meta says `recommended`, plus
 * those that list the preset in `meta.presets`) and sets how sure a removal must be.
 */
export interface PresetSpec {
  readonly name: string
  readonly description: string
  /** Confidence a removal needs. */
  readonly threshold: number
  /** Removed share of the text above which the result carries a warning. */
  readonly maxRemovedShare: number
}

export const PRESETS: Readonly<Record<string, PresetSpec>> = {
  recommended: {
    name: 'recommended',
    description: 'Conservative: for text an extractor already cut down to the article (Readability output, scraped article bodies).',
    threshold: 0.6,
    maxRemovedShare: 0.5,
  },
  aggressive: {
    name: 'aggressive',
    description: 'For corpus building: also removes blocks that are only probably cruft.',
    threshold: 0.45,
    maxRemovedShare: 0.6,
  },
  page: {
    name: 'page',
    description: 'For the whole visible text of a page (naive scrapes, Common Crawl WET records): also classifies every block and keeps the article region, removing menus, footers and sidebars.',
    threshold: 0.6,
    // Most of a whole page is not the article: removing 85% of it is normal, more deserves a look.
    maxRemovedShare: 0.85,
  },
}

export const DEFAULT_PRESET = 'recommended'
