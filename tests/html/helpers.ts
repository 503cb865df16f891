import { decruft } from '../../src/index.js'

/** `decruft` on HTML input, with any other options. */
export const html = (input: string, options = {}) => decruft(input, { format: 'html', ...options })

/** Article paragraphs as `<p>` elements. */
export const paragraphs = (texts: readonly string[]): string => texts.map((t) => `<p>${t}</p>`).join('')
