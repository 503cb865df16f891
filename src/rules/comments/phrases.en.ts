import { definePhrases } from '../../helpers/phrases.js'

// Comment forms, policies and counters, English.
export default definePhrases('en', {
  labels: [
    'Leave a Reply', // seed 000 (WordPress comment form)
    'Leave a Reply Cancel reply',
    'Leave a comment',
    'Leave a Comment Cancel reply',
    'Post a comment',
    'Add a comment',
    'Add comment',
    'Write a comment',
    'Cancel reply',
    'Reply',
    'Comments',
    'Comment',
    'Responses',
    'Join the discussion',
    'Join the conversation',
    'Be the first to comment',
    'No comments yet',
    'Comments are closed',
    'Comments are closed.',
    'Show comments',
    'View comments',
    'Load more comments',
    'Your email address will not be published',
    'Required fields are marked',
    'Notify me of new posts by email',
    'Notify me of follow-up comments by email',
    'Save my name, email, and website in this browser for the next time I comment',
    '%d bloggers like this:', // seed 000 (Jetpack likes widget)
    'Like this:',
    'Like Loading',
    'Loading',
    'Have your say', // bench (en): news sites' comment-section header
    'Was this article helpful?',
    'Was this helpful?',
    // Invitations to comment and comment-section headers (bench: news sites 2008–2012).
    'Add your view',
    'Add your comment',
    'Add your comments',
    'Post your comment',
    'Post your own',
    'Write your own comment',
    'Your comments',
    'User comments',
    'Reader comments',
    'Read comments',
    'Have your say Read comments',
    'Leave a Response',
    'Trackback Pings',
    'Trackbacks',
    'Pingbacks',
    'comments powered by',
    'comments powered by Disqus',
  ],
  prefixes: ['Comments:', 'Reply:'],
  patterns: [
    // Feedback prompts under the article: "Your feedback will help us build a better experience", "Help us improve this page".
    /\byour feedback (?:will |can )?helps? us (?:build|improve|make)\b/,
    /^help us improve (?:this page|this article|your (?:reading )?experience|our (?:site|website|content))\b/,
    /\bthis site uses akismet to reduce spam\b/, // seed 000
    /\blearn how your comment data is processed\b/,
    /\byour email address will not be published\b/,
    /\brequired fields are marked\b/,
    /\b(?:notify me|email me) (?:of|about) (?:new|follow-up) (?:comments|posts|replies)\b/,
    /\bsave my name,? e-?mail,? and website\b/,
    /\byou must be logged in to post a comment\b/,
    // "You must be logged in to comment", "You need to log in to join the discussion", "Please log in to reply".
    /\b(?:you (?:must|need to) (?:be logged in|log in|sign in|be signed in)|please (?:log|sign) in) to (?:comment|reply|leave a (?:comment|reply)|join the (?:discussion|conversation)|post (?:a )?(?:comment|reply))\b/,
    /\b(?:our|the) comment(?:ing)? (?:policy|guidelines|rules)\b/,
    /\bcomments (?:are|have been) (?:now )?(?:closed|disabled|moderated)\b/,
    // A counter is the whole line or introduces a quoted title ("3 responses to “…”"); "Three comments from the judge…" is prose.
    /^(?:\d+|no|one|two|three) (?:comments?|responses?|replies|thoughts?)(?:$| ?:| (?:on|to) [^\p{L}\p{N}\s])/u,
    // A number first ("106 Comments Print Recipe", "1 Comment » | Published in …"): a counter unless the line ends like a sentence.
    /^\d+ (?:comments?|responses?|replies)\b(?!.*[.!?]["”’)]?$)/,
    /^no (?:comments?|responses?|replies) (?:yet|so far|at the moment|have been (?:posted|made))\b/,
    /^%d bloggers? like/,
    // The whole line only: "3 bloggers like this new phone more than …" is a sentence.
    /^(?:\d+|one) bloggers? likes? this\W*$/,
    // The rules of the comment form: "Please limit your comments to 500 words", "By posting you agree to the terms".
    /\bplease limit your comments? to\b/,
    /^by (?:posting|commenting|submitting (?:a|your) comment),? you agree\b/,
    /\b(?:this|the) (?:feedback|discussion|comment thread|comments? section) (?:is|has been) (?:now )?closed\b/,
    // "Your views on this story? Email …", "Have a view on this story? Send us your feedback!", "Do you have comments on this story?"
    /\b(?:your views|a view|your say|comments?) on this (?:story|article)\?/,
    /^have your say on (?:this|the latest)\b/,
    /\bjoin the discussion (?:on|in) (?:our|the) (?:message ?boards?|forums?)\b/,
    // Blog trackback boxes: "The URI to TrackBack this entry is:", "Trackback URL".
    /\bthe ur[il] to trackback this (?:entry|post)\b/,
    /^trackback (?:url|uri)\b/,
    // "Comments (3), Blocked Comments (0):", "Comments (0) Send to a friend Permalink".
    /^comments? \(\d+\)/,
    // The comment form's list of allowed markup (WordPress themes: dragnet R77, R137, R382, R489, R831,
    // R835, T136, 20, 458; l3s "XHTML: You can use these tags: …"). The tag list or the end of the
    // line must follow, so a tutorial's "You can use these HTML tags to …" stays.
    /^(?:x?html: )?you (?:may|can) use these (?:x?html )?tags(?: and attributes)?:?(?: <a href="" title="">|$)/,
  ],
})
