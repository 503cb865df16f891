/**
 * A byline ("By …", "Name, Agency; Paper") or a line with a year or a numeric date: the lines
 * between an article's headline and its first paragraph, which rules that cut a run of lines above
 * the article leave alone.
 */
export const BYLINE_OR_DATE = /^(?:by|von|par|por|di|door|przez)\s|;|\b(?:19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/i
