import { defineRuleSet } from '../helpers/define.js'
import type { AnyRule } from '../types.js'
import { uiLabel } from './boilerplate/ui-label.js'
import { navLine } from './boilerplate/nav-line.js'
import { photoCredit } from './boilerplate/photo-credit.js'
import { authorBio } from './boilerplate/author-bio.js'
import { authorBox } from './boilerplate/author-box.js'
import { readingTime } from './boilerplate/reading-time.js'
import { installApp } from './app-promo/install-app.js'
import { commentWidgets } from './comments/widgets.js'
import { trailingSection } from './comments/trailing-section.js'
import { commentSignatures } from './comments/signatures.js'
import { cookieNotice } from './cookie/notice.js'
import { dateOnly } from './dateline/date-only.js'
import { byline } from './dateline/byline.js'
import { donationAppeal } from './donation/appeal.js'
import { copyright } from './legal/copyright.js'
import { disclaimer } from './legal/disclaimer.js'
import { newsletterSignup } from './newsletter/signup.js'
import { paywallPrompt } from './paywall/prompt.js'
import { topicHeading } from './related/topic-heading.js'
import { relatedLinkList } from './related/link-list.js'
import { rankedList } from './related/ranked-list.js'
import { trailingTitles } from './related/trailing-titles.js'
import { trailingRun } from './related/trailing-run.js'
import { leadingRun } from './related/leading-run.js'
import { followShare } from './social/follow-share.js'
import { counters } from './social/counters.js'
import { shareTargets } from './social/share-targets.js'
import { sourceLink } from './source-link/source-link.js'
import { adLabel } from './spam-ad/ad-label.js'
import { promoParagraph } from './spam-ad/promo-paragraph.js'
import { housePromo } from './spam-ad/house-promo.js'
import { keywordList } from './spam-ad/keyword-list.js'
import { betweenCruft } from './structure/between-cruft.js'
import { pageClassifier } from './page/classifier.js'

/** Every built-in rule, in the order they run (block rules first, then structure rules). */
export const builtinRules: readonly AnyRule[] = [
  donationAppeal,
  followShare,
  shareTargets,
  counters,
  newsletterSignup,
  commentWidgets,
  commentSignatures,
  relatedLinkList,
  topicHeading,
  installApp,
  adLabel,
  promoParagraph,
  housePromo,
  keywordList,
  sourceLink,
  dateOnly,
  byline,
  cookieNotice,
  paywallPrompt,
  copyright,
  disclaimer,
  photoCredit,
  authorBio,
  authorBox,
  readingTime,
  uiLabel,
  navLine,
  trailingSection,
  rankedList,
  trailingTitles,
  trailingRun,
  leadingRun,
  betweenCruft,
  pageClassifier,
]

export const builtinRuleSet = defineRuleSet({ name: 'decruft', rules: builtinRules })
