import { definePhrases } from '../../helpers/phrases.js'

// Newsletter sign-up boxes, English.
export default definePhrases('en', {
  labels: [
    'Newsletter',
    'Sign up for our newsletter',
    'Subscribe to our newsletter',
    'Join our newsletter',
    'Get our newsletter',
    'Sign up',
    'Subscribe',
    'Enter your email',
    'Enter your email address',
    'Your email address',
    'Email address',
    'Sign me up',
    'Get the latest news in your inbox',
    'Newsletters',
  ],
  prefixes: ['Newsletter:', 'Sign up for our newsletter:', 'Subscribe to our newsletter:'],
  patterns: [
    /\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|my) (?:free |daily |weekly |monthly |email )?(?:newsletters?|e-?mail updates|mailing list|digest|briefing|bulletin)\b/,
    /\b(?:join|get) our (?:free |daily |weekly )?(?:newsletter|mailing list)\b/,
    /\b(?:delivered|straight|right|sent) (?:directly |straight )?to your inbox\b/,
    /\bin your inbox (?:every|each)\b/,
    /\byou (?:can|may) unsubscribe at any time\b/,
    /\b(?:by (?:signing up|subscribing)|when you sign up)\b.{0,80}\b(?:privacy (?:policy|notice)|terms)\b/,
    /\benter your e-?mail(?: address)? (?:to|below|and)\b/,
  ],
})
