import { CERTAIN, LIKELY } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { firstWord } from '../../helpers/first-word.js'

/**
 * Names of share targets and share-button captions, in any language. A block made only of these
 * ("Facebook Twitter WhatsApp E-Mail", "Drucken") is a row of share buttons that lost its icons.
 */
const TARGETS = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'xing', 'pinterest', 'reddit', 'tumblr',
  'instagram', 'youtube', 'tiktok', 'threads', 'mastodon', 'bluesky', 'flipboard', 'pocket', 'messenger',
  'email', 'e', 'mail', 'print', 'drucken', 'imprimer', 'imprimir', 'stampa', 'teilen', 'share', 'tweet',
  'partager', 'compartir', 'condividi', 'delen', 'compartilhar', 'udostępnij', 'copy', 'link', 'kopieren',
  'copier', 'copiar', 'sms', 'vk', 'weibo', 'wechat', 'line', 'viber', 'skype', 'google', 'rss', 'feed', 'pin',
  'it', 'more', 'mehr', 'plus', 'on', 'via', 'per', 'the', 'to', 'senden', 'versenden', 'send', 'envoyer', 'enviar',
  'artikel', 'article', 'beitrag', 'this', 'diesen', 'dieser', 'url',
  'drukuj', 'partilhar', 'afdrukken', 'kopiuj', 'linka',
  // Social bookmarking services of older pages ("digg del.icio.us Fark StumbleUpon reddit Newsvine Technorati",
  // "Post to del.icio.us Facebook") and read-later services; the pieces of their names are fillers.
  'digg', 'delicious', 'stumbleupon', 'technorati', 'newsvine', 'furl', 'blinklist', 'slashdot', 'fark', 'mixx', 'myspace',
  'evernote', 'instapaper', 'buffer', 'bebo', 'hatena', 'del', 'icio', 'us', 'ma', 'gnolia', 'post', 'bookmark', 'bookmarks', 'social',
  // Article-tool rows: "Print Story Email to a Friend", "Send this article to Friends by E-Mail".
  'story', 'friend', 'friends', 'a', 'your', 'by', 'printer', 'friendly', 'version', 'page',
])
/**
 * Other captions of an article-tool row ("Email Print Text Size", "Print Email Return to Top",
 * "E-mail Article Print-Friendly Subscribe to RSS Feed", "Print Facebook X Email More Options …":
 * l3s news sites, wcxb 4121). Alone or beside one share button they can be a heading ("Print size",
 * "Return to top form"), so they count only in a row with two real share targets.
 */
const TOOLS = new Set(['text', 'size', 'return', 'top', 'single', 'subscribe', 'respond', 'options', 'save'])
/** Words that are real share targets, so a block of filler words alone ("more", "on") never counts. */
const REAL = new Set([
  'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'xing', 'pinterest', 'reddit', 'tumblr', 'flipboard',
  'pocket', 'messenger', 'email', 'mail', 'print', 'drucken', 'imprimer', 'imprimir', 'stampa', 'teilen', 'share',
  'tweet', 'partager', 'compartir', 'condividi', 'delen', 'compartilhar', 'udostępnij', 'bluesky', 'mastodon', 'threads',
  'drukuj', 'partilhar', 'afdrukken',
  'digg', 'delicious', 'stumbleupon', 'technorati', 'newsvine', 'furl', 'blinklist', 'slashdot', 'fark', 'mixx', 'myspace',
  'evernote', 'instapaper', 'buffer', 'bebo', 'hatena',
])

export const shareTargets = defineRule({
  meta: {
    id: 'social/share-targets',
    category: 'social',
    description: 'Remove blocks made only of share-button captions ("Facebook Twitter WhatsApp", "E-Mail", "Drucken").',
    recommended: true,
    defaultOptions: { maxWords: 14 },
  },
  create(context) {
    return {
      block(block) {
        if (block.words === 0 || block.words > context.options.maxWords || block.endsLikeSentence) return
        const first = firstWord(block)
        if (!TARGETS.has(first) && !TOOLS.has(first)) return
        const words = block.key.split(' ')
        let real = 0
        let tools = 0
        for (const w of words) {
          if (TOOLS.has(w)) tools++
          else if (!TARGETS.has(w)) return
          if (REAL.has(w)) real++
        }
        if (real === 0 || (tools > 0 && real < 2)) return
        context.report({
          block,
          confidence: real >= 2 ? CERTAIN : LIKELY,
          reason: `The block is only share-button captions (${block.text.slice(0, 60)}).`,
        })
      },
    }
  },
})
