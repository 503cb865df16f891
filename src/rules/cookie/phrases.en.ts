import { definePhrases } from '../../helpers/phrases.js'

// Cookie and consent notices, English.
export default definePhrases('en', {
  labels: ['Accept cookies', 'Accept all cookies', 'Accept all', 'Reject all', 'Cookie settings', 'Cookie policy', 'Manage cookies', 'Manage consent', 'Manage preferences', 'Privacy preferences', 'We value your privacy', 'I accept', 'Allow cookies', 'Got it', 'External content', 'Show external content', 'Load external content'],
  patterns: [
    // Placeholders of blocked embeds: "By loading the video, you agree to YouTube's privacy policy", "I agree to be shown external content".
    /\bby (?:loading|playing|viewing) (?:the|this) (?:video|content|tweet|post|map|embed),? you (?:agree|accept|consent)\b/,
    /\bi (?:agree|consent) to (?:be shown|the display of|loading) (?:external|third[- ]party) content\b/,
    /\b(?:we|this (?:site|website)) uses? cookies\b/,
    /\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b.{0,60}\b(?:agree|accept|consent)\b/,
    /\b(?:accept|agree to) (?:the use of|our use of|all) cookies\b/,
    /\bcookies? (?:to (?:improve|enhance|personali[sz]e|give you|ensure)|and similar technologies)\b/,
    /\byou (?:can )?(?:change|manage) your (?:cookie|privacy) (?:settings|preferences)\b/,
  ],
})
