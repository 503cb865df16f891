import { definePhrases } from '../../helpers/phrases.js'

// Paywall prompts and subscriber log-in notes, English.
export default definePhrases('en', {
  labels: ['Subscribe to continue reading', 'Subscribe to read', 'Subscribe now', 'Subscribers only', 'Already a subscriber? Log in', 'Already a subscriber? Sign in', 'Already subscribed? Log in', 'Log in to continue reading', 'Sign in to continue reading', 'Premium content', 'Exclusive for subscribers', 'Unlock this article', 'Start your free trial'],
  patterns: [
    /\bsubscribe (?:now |today )?to (?:continue reading|read (?:the full|this|more)|unlock|get (?:full|unlimited) access)\b/,
    /\balready (?:a subscriber|subscribed|have an account)\b.{0,40}\b(?:log ?in|sign ?in)\b/,
    /\b(?:this|the full) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members|premium)\b/,
    /\bto (?:view|read|continue reading) the full (?:story|article),? (?:please )?(?:subscribe|log ?in|sign ?in)\b/,
    /\b(?:you have|you've) (?:reached|used) (?:your|all of your) (?:limit of )?(?:free|\d+) (?:articles|stories)\b/,
    /\bunlimited (?:digital )?access\b.{0,60}\b(?:subscribe|subscription|per (?:month|week))\b/,
  ],
})
