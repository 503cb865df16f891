import { definePhrases } from '../../helpers/phrases.js'

// Donation and support appeals, English. Motivating page in a comment where one page motivated it.
export default definePhrases('en', {
  labels: [
    'Become a member',
    'Become a patron',
    'Become a supporter',
    'Buy me a coffee',
    'Contribute',
    'Donate',
    'Donate now',
    'Donate today',
    'Make a donation',
    'Support independent journalism',
    'Support local journalism', // seed 000 (The Havering Daily)
    'Support our journalism',
    'Support our work',
    'Support quality journalism',
    'Support us',
    'Support us on Patreon',
  ],
  prefixes: ['Donate:', 'Support us:', 'Support our journalism:'],
  patterns: [
    /\b(?:your|a|any) (?:generous |small |one-off |one-time |monthly |recurring |tax-deductible )?(?:donation|contribution|gift)s? (?:of any (?:size|amount) |no matter the size |today )?(?:helps?|allows?|keeps?|supports?|enables?|makes?|ensures?|means?)\b/,
    /\bsupport (?:our|local|independent|quality|public[- ]interest|reader-funded|non-?profit) (?:journalism|reporting|newsroom|work|mission)\b/,
    /\b(?:make|making|give|giving) (?:a |an )?(?:one-off |one-time |monthly |small |tax-deductible )?(?:donation|contribution|gift) (?:to|today|now)\b/,
    /\b(?:please )?(?:consider )?(?:donating|supporting us|chipping in)\b/,
    /\bdonate (?:now|today|here|online|to (?:us|our))\b/,
    /\bbecome a (?:paying )?(?:member|supporter|patron|sustaining member)\b/,
    /\b(?:appreciate|rely on|depend on|funded by) (?:your|the) (?:support|donations|contributions|readers)\b/,
    /\bsupport(?:ing)? (?:us|our mission) (?:on|via|through) (?:patreon|ko-fi|paypal|steady)\b/,
    // Ko-fi is named only in the "support us on" pattern above: "ko-fi" holds no literal of three
    // letters, so a bare mention would leave this pattern without a gate, running on every block.
    /\b(?:patreon|buymeacoffee|paypal\.me)\b/,
  ],
})
