import { describe, it } from 'vitest'
import { promoParagraph } from '../../../src/rules/spam-ad/promo-paragraph.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(promoParagraph, {
  keep: [
    // News about referral bonuses: no call to action, no address to the reader.
    'Critics say customers who sign up through a referral link can lose their bonus within days, the regulator warned.',
    // News about bonuses and referral schemes, with no call to action to the reader.
    'The exchange offered new users a welcome bonus, and regulators said the referral scheme broke consumer rules.',
    'Shares in the betting firm rose after it reported record profits and cut its bonus payments to executives.',
    'Join us next week for the second part of our series on the housing market.',
  ],
  remove: [
    'Join the exciting world of crypto trading with CoinPro! Register using our referral link and claim a $100 welcome bonus. Sign up now and start trading!',
    'Claim 50 free spins today! Use our promo code SPIN50 when you register and get a 200% deposit bonus.',
    'Sign up with our affiliate link and get $25 in rewards after your first purchase.',
  ],
})
