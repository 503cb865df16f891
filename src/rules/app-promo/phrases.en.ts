import { definePhrases } from '../../helpers/phrases.js'

// App-install prompts, English.
export default definePhrases('en', {
  labels: [
    'Download the app',
    'Download our app',
    'Get the app',
    'Get our app',
    'Install the app',
    'Download on the App Store',
    'Get it on Google Play',
    'Available on the App Store',
    'Be the first to get Breaking News', // seed 001 (Sky News app box header)
    'Be the first to know',
  ],
  patterns: [
    /\badd (?:[\p{L}\p{N}.'’-]+ ){0,3}to your home ?screen\b/u, // \"Add Echolive.ie to your home screen - easy access to …\"
    /\b(?:download|install|get|try) (?:the|our) (?:free |new |official )?(?:[\p{L}\d&'.-]+ ){0,3}app\b/u, // seed 001: "Install the Sky News app for free"
    /\b(?:available|download it) (?:on|from) (?:the )?(?:app store|google play|play store)\b/,
    /\b(?:app store|google play|play store) (?:and|or|&) (?:google play|app store|play store)\b/,
    /\bbe the first to (?:get|know|hear about) (?:the )?(?:breaking news|news alerts|the latest)\b/,
    /\b(?:push notifications|news alerts) (?:on|in) (?:our|the) app\b/,
  ],
})
