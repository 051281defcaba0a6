// The sweeping-claim rule's word lists that its phrase table and its guards share.

// What "everyone" and "no one" are said to know or think: the universal is the claim.
export const COGNITION: ReadonlySet<string> = new Set(['knows', 'knew', 'agrees', 'agreed', 'believes', 'believed', 'thinks', 'thought', 'doubts', 'doubted', 'disputes', 'disputed', 'denies', 'denied', 'understands', 'understood', 'expects', 'expected', 'remembers', 'remembered', 'questions', 'questioned', 'loves', 'loved', 'wants', 'wanted', 'likes', 'liked', 'accepts', 'accepted', 'recognizes', 'recognises', 'recognized', 'recognised', 'trusts', 'trusted', 'suspects', 'suspected',
  // Feelings claimed for everyone: "no one feels any pain", "everyone enjoys the climb".
  'feels', 'notices', 'minds', 'regrets', 'enjoys']);

// The listed superlatives, also asked for by entries that test the word after a possessive.
export const SUPERLATIVE_LIST = ['largest', 'biggest', 'oldest', 'tallest', 'longest', 'highest', 'fastest', 'richest', 'deadliest', 'greatest', 'best', 'worst', 'smallest', 'lowest', 'youngest', 'strongest', 'busiest', 'wealthiest', 'finest', 'heaviest', 'hottest', 'coldest', 'wettest', 'driest', 'costliest', 'poorest', 'safest', 'cheapest', 'most', 'least', 'best-selling', 'most-watched', 'most-visited', 'largest-ever', 'worst-ever', 'foremost'];
export const SUPERLATIVES: ReadonlySet<string> = new Set(SUPERLATIVE_LIST);
// What everyone who has had the experience is said to find: "Everyone who tries it", "No one who walks it".
export const EXPERIENCE_LIST = ['tries', 'tried', 'tastes', 'tasted', 'visits', 'visited', 'meets', 'met', 'reads', 'read', 'hears', 'heard', 'sees', 'seen', 'uses', 'used', 'knows', 'known', 'eats', 'eaten', 'drinks', 'drunk', 'stays', 'stayed', 'plays', 'played', 'buys', 'bought', 'owns', 'owned', 'watches', 'watched',
  'walks', 'walked', 'climbs', 'climbed', 'hikes', 'hiked', 'rides', 'ridden', 'swims', 'swum', 'attends', 'attended'];

// Places and institutions whose superlative is a record claim. Works ("the book's best chapter")
// are left out: ranking the parts of what one reviews is the critic's judgement.
export const POSSESSORS = ["world's", "nation's", "country's", "continent's", "planet's", "region's", "industry's", "city's", "county's", "state's", "town's", "village's",
  "parish's", "island's", "valley's", "province's", "district's", "borough's", "school's", "college's", "university's", "club's", "league's", "division's",
  "company's", "firm's", "party's", "army's", "navy's", "church's", "cathedral's", "hospital's", "museum's", "orchestra's", "choir's", "team's", "sport's"];

// What a claim of blame is about: a share of something, or a change ("responsible for most of the rise").
export const SHARE_WORDS: ReadonlySet<string> = new Set(['most', 'much', 'half', 'nearly', 'almost', 'roughly', 'about', 'around', 'over', 'more', 'two-thirds', 'three-quarters']);
export const EFFECT_NOUNS: ReadonlySet<string> = new Set(['rise', 'fall', 'increase', 'decrease', 'decline', 'drop', 'growth', 'recovery', 'surge', 'spread', 'outbreak', 'deaths', 'collapse', 'loss', 'losses', 'damage', 'failure', 'shortage', 'crisis', 'slump', 'boom', 'delays', 'fire', 'attack', 'attacks', 'leak', 'crash']);
