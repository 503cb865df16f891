import { definePhrases } from '../../helpers/phrases.js'

// Advertisement labels left where an ad slot was, English.
export default definePhrases('en', {
  labels: ['Advertisement', 'Advertisements', 'Advertising', 'Ad', 'Ads', 'Sponsored', 'Sponsored content', 'Paid content', 'Promoted', 'Promoted content', 'Partner content', 'Scroll to continue', 'Scroll to continue with content', 'Continue reading below', 'Story continues below advertisement', 'Article continues below advertisement', 'Skip Advertisement', 'Ad Feedback', 'Report this ad', 'Advertise with us', 'In partnership with', 'Presented by', 'Sponsored by', 'Paid partnership', 'From our sponsors', 'Sponsored links'],
  prefixes: ['Advertisement:', 'Sponsored:'],
})
