import { definePhrases } from '../../helpers/phrases.js'

// Follow and share prompts, English.
export default definePhrases('en', {
  labels: [
    'Follow us',
    'Follow us on social media',
    'Like us on Facebook',
    'Share',
    'Share this',
    'Share this article',
    'Share this post',
    'Share this story',
    'Share on Facebook',
    'Share on Twitter',
    'Share on X',
    'Share via Email',
    'Share article',
    'Share the article',
    'Tweet this',
    'Click to share',
    'Spread the word',
    'Connect with us',
    'Find us on Facebook',
    'Join our community',
    'Share this page',
    'Share on LinkedIn',
    'Share on WhatsApp',
  ],
  prefixes: ['Share this:', 'Share:', 'Follow us:', 'Follow us on:', 'Share this article:', 'Share on:'],
  patterns: [
    /\b(?:follow|following|like|join|find|connect with) us on\b/,
    /\bfollow (?:us|our page|our account)s?\b/,
    /\bour (?:social media|social) (?:accounts|channels|pages|profiles)\b/,
    /\bcommunity pages\b/, // seed 000: "We have created community pages where we will share our up-to-date stories"
    /\b(?:share|tweet|pin) this (?:article|story|post|page)\b/,
    /\b(?:join|like) our (?:facebook|whatsapp|telegram|instagram|discord) (?:page|group|channel|community)\b/,
    /\bclick to share on\b/,
    /\b(?:subscribe to|join|follow) our (?:youtube|whatsapp|telegram) channel\b/,
    /\bstay (?:up to date|connected|in touch)\b.*\b(?:follow|social)\b/,
  ],
})
