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
    'Newsletter sign up',
    'Newsletter signup',
    'Sign up for the newsletter',
  ],
  prefixes: ['Newsletter:', 'Sign up for our newsletter:', 'Subscribe to our newsletter:'],
  patterns: [
    // Consent lines under sign-up forms: "By signing up, you agree to receive …", "Msg and data rates may apply. Reply STOP to opt out" (bench: deal sites, SaaS blogs).
    /\bby (?:signing up|subscribing|submitting|registering|clicking (?:subscribe|sign up)),? (?:you|i) (?:agree|acknowledge|consent)\b/,
    /\bmsg (?:&|and) data rates may apply\b/,
    /\breply stop to (?:opt[- ]out|unsubscribe|cancel|end)\b/,
    // "Subscribe to the Tiger Data Newsletter", "Sign up for the Undercover Newsletter.": a whole line naming a newsletter.
    /^(?:sign up|subscribe|register) (?:for|to) (?:the |our )?(?:[\p{L}\p{N}&'’.-]+ ){1,4}(?:e-?)?newsletters?[.!]?$/u,
    /^subscribe to receive\b/,
    // "Keep up to date with the news. Receive our free E-Newsletter", "Click here for free Newsletter subscription!", "News Alerts by Email".
    /\breceive our (?:free |daily |weekly |monthly )?(?:e-?)?newsletters?\b/,
    // "Subscribe to email updates", "Sign up for email alerts": the caption of a blog's sign-up box, the whole line.
    /^(?:sign up|subscribe|register) (?:for|to) (?:free )?(?:e-?mail|newsletter) (?:updates|alerts)[.!]?$/,
    /\bclick here (?:for|to) (?:a |our |the )?(?:free )?(?:e-?)?newsletter\b/,
    /\b(?:news )?alerts by e-?mail\b/,
    /\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|my) (?:free |daily |weekly |monthly |email )?(?:newsletters?|e-?mail updates|mailing list|digest|briefing|bulletin)\b/,
    /\b(?:join|get) our (?:free |daily |weekly )?(?:newsletter|mailing list)\b/,
    /\b(?:delivered|straight|right|sent) (?:directly |straight )?to your inbox\b/,
    /\bin your inbox (?:every|each)\b/,
    /\byou (?:can|may) unsubscribe at any time\b/,
    /\b(?:by (?:signing up|subscribing)|when you sign up)\b.{0,80}\b(?:privacy (?:policy|notice)|terms)\b/,
    /\benter your e-?mail(?: address)? (?:to|below|and)\b/,
  ],
})
