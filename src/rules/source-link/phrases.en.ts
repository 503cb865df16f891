import { definePhrases } from '../../helpers/phrases.js'

// Aggregator footers that point back at the original article, English.
export default definePhrases('en', {
  labels: ['Source link', 'Source', 'Original article', 'Link to the original article', 'View original article', 'Read the original article', 'Read original article', 'Continue reading on', 'Read the full story'],
  prefixes: ['Originally published at', 'Originally published on', 'Originally published in', 'This article was originally published', 'This article originally appeared', 'This story was originally published', 'This post was originally published', 'This article first appeared', 'This story first appeared', 'Source:', 'Source link:', 'Via:', 'Read the full article at', 'Continue reading at', 'Read the original article at'],
  patterns: [/^the post .{1,200} appeared first on .{1,120}$/, /^(?:this|the) (?:article|story|post) (?:was )?(?:originally |first )?(?:published|appeared) (?:on|at|in|by)\b/],
})
