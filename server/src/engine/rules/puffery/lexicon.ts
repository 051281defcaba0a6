// The puffery lexicon: MOS:PEACOCK and MOS:PUFFERY word classes, each with the neighbours that
// show a sense that is not praise ("leading to", "unique identifier", "a great deal") as exclusions
// beside the entry (rules/exclusions.ts), and example sentences that run as tests. Every sentence
// here is written for the project.

import type { WordClasses } from '../../phrases';
import type { PhraseEntry } from '../rule';
import type { Guard } from '../../guards';
import { SPELLED_NUMBERS } from '../../lexicon/shared';

/**
 * An entry of the lexicon: a phrase entry whose exclusions say which neighbours show a sense that
 * is not praise. Every entry also takes the rule's guards (index.ts): a capitalised name, praise
 * denied and praise framed as the writer's own are not flagged, unless the flags below say otherwise.
 */
export interface LexiconEntry extends PhraseEntry {
  /** A capitalised match can be a name ("Iconic Records", "Great Lakes"); true flags it anyway. */
  flagsNames?: boolean;
  /**
   * A nudge ("clearly", "of course") tells the reader what to conclude even inside "I think" or
   * after "not"; praise framed as the writer's own opinion ("for my money", "I found it stunning")
   * is a critic's judgement, clean in a review. True for nudges.
   */
  nudge?: boolean;
  /**
   * A superlative ("the finest", "one of the most beautiful") that the sentence hands to an unnamed
   * holder ("is widely regarded as", "critics say") is that holder's claim: the weasel rules flag
   * the holder, and one finding is enough. Plain praise words ("iconic") stay the writer's.
   */
  superlative?: boolean;
}

export const CLASSES: WordClasses = {
  // Degree words that turn a plain adjective into a rating ("hugely popular", "most successful").
  intensifier: ['very', 'highly', 'extremely', 'hugely', 'immensely', 'enormously', 'tremendously', 'incredibly', 'exceptionally', 'truly', 'wildly', 'phenomenally', 'massively'],
  // Measurable qualities: a degree word rates them ("hugely popular"); "the most popular" is a
  // superlative claim, the sweeping-claim rule's finding (sales, trials and trophies can be cited).
  measurable: ['successful', 'popular', 'effective', 'valuable', 'sought-after'],
  // Adjectives that describe, but rate once a degree word (or "most") stands before them.
  evaluative: ['influential', 'special', 'unique', 'original', 'decisive', 'respected', 'admired', 'skilled', 'skillful', 'skilful', 'accomplished', 'versatile', 'creative', 'memorable', 'beautiful', 'attractive', 'exciting', 'entertaining', 'enjoyable', 'ideal', 'adventurous', 'prominent', 'famous', 'recognisable', 'recognizable', 'coveted', 'talented', 'gifted', 'innovative', 'inventive', 'prestigious', 'picturesque', 'scenic', 'charming', 'vibrant', 'dynamic', 'promising', 'fascinating', 'inspiring'],
  // People, groups and places that praise is pinned on ("a dynamic team", "a premier venue").
  praisable: ['community', 'team', 'leader', 'leaders', 'leadership', 'executive', 'personality', 'player', 'players', 'performer', 'performers', 'artist', 'artists', 'writer', 'writers', 'figure', 'figures', 'member', 'members', 'city', 'town', 'village', 'region', 'neighbourhood', 'neighborhood', 'company', 'firm', 'organisation', 'organization', 'group', 'scene', 'economy', 'culture', 'centre', 'center', 'hub', 'destination', 'venue', 'institution', 'university', 'college', 'school', 'academy', 'provider', 'manufacturer', 'producer', 'supplier', 'brand', 'event', 'festival', 'resort', 'hotel', 'restaurant', 'club', 'entrepreneur', 'speaker', 'band', 'duo', 'presence', 'force'],
};

// Quantities and hardships: "great" and "greatest" measure them instead of praising.
const MEASURED = ['deal', 'many', 'majority', 'number', 'numbers', 'extent', 'length', 'lengths', 'distance', 'distances', 'depth', 'depths', 'height', 'heights', 'size', 'amount', 'amounts', 'quantity', 'quantities', 'proportion', 'part', 'share', 'concentration', 'density', 'width', 'risk', 'risks', 'danger', 'dangers', 'threat', 'loss', 'losses', 'damage', 'difficulty', 'difficulties', 'hardship', 'hardships', 'pain', 'suffering', 'pressure', 'stress', 'concern', 'fear', 'anxiety', 'cost', 'expense', 'care', 'caution', 'detail', 'speed', 'interest', 'importance', 'increase', 'decline', 'decrease', 'change', 'changes', 'difference', 'burden', 'need', 'demand'];

// The money sense of "outstanding": what is still owed.
const OWED = ['debt', 'debts', 'balance', 'balances', 'loan', 'loans', 'share', 'shares', 'stock', 'warrant', 'warrants', 'issue', 'issues', 'amount', 'amounts', 'payment', 'payments', 'bill', 'bills', 'claim', 'claims', 'obligations', 'liabilities', 'order', 'orders', 'fines', 'arrears', 'sum', 'sums', 'principal', 'bonds', 'notes', 'questions', 'matters', 'items', 'tasks', 'work', 'natural'];

// After these, "leading" is the verb or a plain position, not a rank of merit.
const NOT_LEADING = ['to', 'up', 'into', 'from', 'out', 'off', 'away', 'back', 'down', 'through', 'towards', 'toward', 'by', 'on', 'in', 'with', 'for', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'them', 'him', 'it', 'us', 'this', 'that', 'these', 'those', 'cause', 'causes', 'edge', 'edges', 'role', 'roles', 'part', 'parts', 'man', 'men', 'lady', 'ladies', 'actor', 'actress', 'scorer', 'scorers', 'goalscorer', 'goalscorers', 'rusher', 'passer', 'receiver', 'zero', 'zeros', 'zeroes', 'question', 'questions', 'indicator', 'indicators', 'coefficient', 'term', 'terms', 'order', 'digit', 'digits', 'tone', 'car', 'cars', 'vehicle', 'position', 'positions', 'strand', 'article', 'articles', 'candidate', 'candidates', 'bid', 'group', 'pack', 'lap', 'laps', 'light', 'lights', 'wheel', 'wheels', 'ship', 'aircraft', 'brigade', 'division', 'regiment', 'elements', 'element', 'unit', 'units', 'troops', 'column', 'columns', 'line', 'lines'];

// After these, "clearly" describes how something is done, not the writer's view.
const MANNER_BEFORE = ['specify', 'specified', 'specifies', 'describe', 'described', 'describes', 'express', 'expressed', 'articulate', 'articulated', 'spoke', 'speak', 'speaks', 'written', 'write', 'writes', 'wrote', 'see', 'saw', 'seen', 'hear', 'heard', 'think', 'marked', 'labelled', 'labeled', 'visible', 'explain', 'explained', 'explains', 'state', 'stated', 'show', 'shown', 'showed', 'more', 'very', 'less', 'so', 'as', 'read', 'defined', 'mark', 'signposted', 'displayed'];
const MANNER_AFTER = ['specified', 'described', 'expressed', 'articulated', 'demarcated', 'delineated', 'visible', 'marked', 'labelled', 'labeled', 'defined', 'audible', 'legible', 'written', 'stated', 'separated', 'signposted', 'displayed', 'identified', 'distinguished', 'seen', 'heard', 'shown', 'understood', 'explained', 'readable'];

// "Mass was celebrated by the bishop", "they celebrated the win": the verb, not praise. Praise keeps a
// determiner or degree word before it ("the celebrated painter", "widely celebrated in France").
const AFTER_CELEBRATING = new Set(['by', 'on', 'in', 'at', 'with', 'every', 'each', 'annually', 'yearly', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'mass']);
const BEFORE_PRAISE = new Set(['the', 'a', 'an', 'most', 'more', 'highly', 'widely', 'much', 'justly', 'rightly', 'internationally', 'so', 'his', 'her', 'their', 'its', 'our', 'and', 'as', 'much-']);

const celebratingVerb: Guard = {
  description: '"celebrated" as the verb: a preposition, a determiner or "mass" after it, and no determiner or degree word before it',
  holds: (m) => AFTER_CELEBRATING.has(m.wordAfter()) && !BEFORE_PRAISE.has(m.wordBefore()),
  examples: {
    holds: ['The harvest mass was *celebrated* by the parish priest.', 'The village *celebrated* the anniversary with a fair.'],
    not: ['The bakery is *celebrated* for its rye bread.', 'The *celebrated* painter lived in Lyon.', 'It was widely *celebrated* in France.'],
  },
};

const PASSIVE = ['be', 'been', 'being', 'is', 'are', 'was', 'were', 'can', 'could', 'easily', 'clearly', 'readily', 'not'];

export const ENTRIES: LexiconEntry[] = [
  {
    // Praise in every sense: only a capitalised name ("Iconic Records") is exempt.
    pattern:
      'legendary|world-class|iconic|renowned|world-renowned|internationally-renowned|world-famous|famed|famous|famously|well-known|well-established|prestigious|visionary|groundbreaking|ground-breaking|ground_breaking|trailblazing|trail-blazing|cutting-edge|state-of-the-art|world-leading|breathtaking|breath-taking|awe-inspiring|jaw-dropping|must-see|must-visit|acclaimed|award-winning|storied|fabled|beloved|much-loved|well-loved|well-respected|highly-regarded|well-regarded|illustrious|esteemed|revered|unrivalled|unrivaled|unparalleled|unsurpassed|unmatched|unequalled|unequaled|peerless|matchless|incomparable|inimitable|best-in-class|first-rate|top-notch|top-class|top-rated|game-changing|pioneering|seminal|innovative|unprecedented|insuperable|selfless|tireless|talented|charismatic|preeminent|pre-eminent',
    flag: ['The renowned chef opened a second restaurant.', 'The stadium hosts world-class athletics.', 'Her iconic portrait hangs in the town hall.', 'The festival draws talented young players from three counties.', 'He did pioneering research on tidal power.', 'The ferry company introduced an innovative booking system.', 'The club enjoyed unprecedented crowds that winter.'],
    pass: ['He signed with Iconic Records in 2015.', 'The critic called it "a legendary night" in her review.', 'For my money, the iconic view is the one from the pier.', 'The new stand is not world-class, but it is dry.'],
  },
  {
    // Praise of quality and of the effect on the viewer.
    pattern:
      'excellent|superb|superbly|splendid|magnificent|magnificently|majestic|sublime|exquisite|exquisitely|gorgeous|stunning|stunningly|spectacular|spectacularly|wonderful|marvellous|marvelous|fabulous|fantastic|amazing|astonishing|astounding|incredible|phenomenal|awesome|terrific|remarkable|impressive|impressively|extraordinarily|exceptionally|brilliantly|masterful|masterfully|masterly|masterpiece|masterpieces|virtuoso|virtuosic|impeccable|impeccably|flawless|flawlessly|enthralling|captivating|mesmerising|mesmerizing|spellbinding|riveting|inspirational|unforgettable|timeless|memorable|intriguing|impactful|transcendent|skilful|skillful|skilfully|skillfully',
    flag: ['The orchard produces excellent cider apples.', 'The gallery holds a remarkable set of maps.', 'Visitors enjoy stunning views over the estuary.', 'Her second novel is a masterpiece of suspense.', 'He spoke French with impeccable grammar.'],
    // A colon after the word brings the fact that earned it: the reader can judge.
    pass: ['Amazing Grace was sung at the service.', 'The result is remarkable: the hall seats 900 and every seat has a view.'],
    notBefore: [':'],
  },
  {
    // Praise of places, as travel copy writes it.
    pattern: 'picturesque|idyllic|enchanting|charming|quaint|delightful|vibrant|bustling|nestled|nestling|scenic|lush',
    flag: ['The village is nestled in a quiet valley.', 'The port has a vibrant arts scene.', 'Picturesque cottages line the harbour.'],
    pass: ['The Scenic Railway closed in 1998.'],
  },
  {
    // Fame and emphasis asserted by the writer: "a prominent voice", "well known", "truly".
    pattern: 'prominent|well_known|truly|smash_hit|smash-hit|runaway_success|instant_classic|modern_classic',
    flag: ['She became a prominent voice in the campaign.', 'The recipe is well known across the valley.', 'It was truly a night to remember.', 'The single was a smash hit in Norway.'],
    pass: ['The generator produces truly random numbers.', 'The cave is well known for its echo.', 'It is well known that the ferry runs late.'],
    notBefore: ['random', 'for', 'that'],
  },
  {
    // "the most beautiful" is a superlative, judged with the others (above).
    pattern: 'beautiful|beautifully',
    flag: ['The chapel has a beautiful painted ceiling.'],
    pass: ['It is widely considered the most beautiful chapel in the county.', 'Beautiful South played the encore.'],
    notAfter: ['most', 'more', 'less', 'least'],
  },
  {
    // Esteem with a degree word and no holder: "highly regarded", "much admired".
    pattern: 'highly|well|greatly|universally|deeply|much regarded|respected|admired|praised|esteemed|rated|acclaimed',
    flag: ['He is a highly regarded engraver.', 'The much admired bandstand was repainted.'],
    pass: ['The plan was highly regarded by the planning officers.', 'The rule is well respected as a guide.'],
    notBefore: ['as', 'by'],
  },
  {
    pattern: 'defining|watershed|landmark moment|achievement',
    cueAt: 'first',
    flag: ['The win was a defining moment for the club.'],
    pass: ['The landmark stands at the crossroads.'],
  },
  {
    pattern: 'greatest|finest',
    flag: ['It was one of the greatest rescues in the history of the lifeboat service.', 'The abbey holds the finest stained glass in the county.'],
    pass: ['The flood reached its greatest extent in March.', 'The band released a greatest hits album.', 'Find the greatest common divisor of both numbers.', 'The Greatest Showman opened in cinemas.'],
    notBefore: [...MEASURED, 'hits', 'common', 'lower', 'integer', 'element', 'possible', 'value', 'values'], superlative: true,
  },
  {
    // "great" praises ("a great school", "a great triumph") unless it measures ("a great deal").
    pattern: 'great',
    flag: ['She was a great teacher and a patient one.', 'The bridge was a great triumph for the engineers.'],
    pass: ['The Great Lakes froze early that year.', 'Great Britain sent four riders.', 'The storm did a great deal of damage.', 'A great many houses were lost.', 'The crew took great care with the sails.', 'Alexander the Great founded the city.'],
    notBefore: MEASURED,
  },
  {
    // Superlatives of merit: "one of the best", "among the top", "arguably the best".
    pattern: 'one|some|among|arguably|perhaps|possibly|probably|undoubtedly|easily of? the|its|his|her|their best|top|foremost|premier',
    cueAt: 'last',
    flag: ['The harbour is one of the best in the north.', 'Her bakery is among the top bakeries in the region.', 'It is arguably the best bridge on the river.'],
    pass: ['The trail is one of the best known in the park.', 'The town was among the top 20 for rainfall.', 'It is one of the best preserved mills in the valley [4].', 'She had some of the best documented cases.'],
    notBefore: ['known', 'documented', 'studied', 'attested', 'preserved', 'understood', 'selling', 'paid', 'ranked', 'performing', 'possible', 'of', 'three', 'five', 'ten', ...SPELLED_NUMBERS], notBeforeNumber: true, flagsNames: true, superlative: true,
  },
  {
    // A degree word turns a plain adjective into a rating.
    pattern: '@intensifier|most @evaluative',
    flag: ['His film was highly influential in Japan.', 'It is one of the most beautiful harbours in Cornwall.', 'She was a very special teacher.'],
    pass: ['The most important step is to dry the wood.', 'The bridge is widely regarded as the most beautiful in the county.', 'The mayor was highly respected by the other councillors.'],
    superlative: true, notBefore: ['by', 'as'],
  },
  {
    pattern: '@intensifier @measurable',
    flag: ['The cafe became hugely popular with students.', 'The new vaccine is very effective.'],
    pass: ['The Very Popular Band played last.', 'It is the most popular bus route in the city.'],
  },
  {
    // "one of the most popular": a rank among unnamed peers, which no figure can check.
    pattern: 'one|among|some of? the most @measurable',
    trim: [3, 0],
    flag: ['The bakery is one of the most successful businesses on the high street.', 'It was among the most popular songs of the summer.'],
    pass: ['It is considered one of the most successful schemes in Wales.'],
    superlative: true,
  },
  {
    // Verbs of the effect on an audience: the writer reports a spell, not an event.
    pattern: 'captivate|captivates|captivated|enthral|enthrals|enthrall|enthralls|enthralled|mesmerise|mesmerises|mesmerised|mesmerize|mesmerizes|mesmerized|dazzle|dazzles|dazzled|wow|wows|wowed',
    flag: ['Her songs captivate listeners of every age.'],
    pass: ['The Wow Signal was recorded in 1977.'],
  },
  {
    // "the most important", "very important" are ordinary English; "important" praises a person.
    pattern: 'important|significant|influential|notable',
    flag: ['He was an important figure in the trade union movement.', 'The exhibition included works by notable painters from the coast.'],
    pass: ['It is important to dry the wood first.', 'Some important terms are defined below.', 'The result was statistically significant.', 'Notable examples include the mill and the church.', 'The town is notable for its Roman walls.', 'Playing an important role in the economy, the port grew.'],
    onlyBefore: ['figure', 'figures', 'writer', 'writers', 'poet', 'poets', 'painter', 'painters', 'artist', 'artists', 'thinker', 'thinkers', 'composer', 'composers', 'musician', 'musicians', 'scholar', 'scholars', 'architect', 'architects', 'scientist', 'scientists', 'philosopher', 'philosophers', 'novelist', 'novelists', 'leader', 'leaders', 'personality', 'personalities'],
  },
  {
    // "leading" ranks merit unless it is the verb ("leading to") or a plain position ("leading role").
    pattern: 'leading',
    flag: ['Several of the country\'s leading architects entered the competition.', 'The firm is the leading maker of canvas tents in Wales.'],
    pass: ['Heavy rain fell overnight, leading to floods.', 'Smoking is a leading cause of cancer.', 'She played the leading role in the revival.', 'He was the leading scorer that season.', 'The Leading Edge Festival returns in May.', 'She was leading the march.'],
    notBefore: NOT_LEADING, notAfter: ['is', 'are', 'was', 'were', 'be', 'been', 'while', 'after', 'before'],
  },
  {
    pattern: 'premier',
    flag: ['The hall is a premier venue for chamber music.'],
    pass: ['The premier of Ontario opened the bridge.', 'They won promotion to the Premier League.', 'The premier visited the flooded towns.'],
    onlyBefore: CLASSES.praisable,
  },
  {
    pattern: 'foremost',
    flag: ['He was the foremost authority on lichens.'],
    pass: ['First and foremost, the roof must be repaired.'],
    notAfter: ['and'],
  },
  {
    pattern: 'outstanding',
    flag: ['The school has an outstanding music department.'],
    pass: ['The company repaid its outstanding debts.', 'Two payments remain outstanding.', 'The hills are an area of outstanding natural beauty.'],
    notBefore: OWED, notAfter: ['remain', 'remains', 'remained', 'still', 'all', 'any'],
  },
  {
    pattern: 'exceptional',
    flag: ['The orchestra gave an exceptional performance.'],
    pass: ['Leave may be granted in exceptional circumstances.', 'The group is one of the exceptional Lie groups.'],
    notBefore: ['circumstances', 'circumstance', 'case', 'cases', 'set', 'sets', 'lie', 'group', 'groups', 'children', 'pupils', 'students', 'leave', 'item', 'items', 'isomorphism', 'divisor', 'curve', 'point', 'points', 'value', 'values', 'conditions', 'situations', 'basis', 'measures', 'powers', 'treatment'],
  },
  {
    pattern: 'extraordinary',
    flag: ['The choir has an extraordinary range.'],
    pass: ['The board called an extraordinary general meeting.', 'She served as ambassador extraordinary to Spain.', 'Parliament met in extraordinary session.'],
    notBefore: ['general', 'meeting', 'meetings', 'session', 'sessions', 'rendition', 'renditions', 'professor', 'professorship', 'ray', 'rays', 'item', 'items', 'measures', 'powers', 'circumstances', 'assembly', 'synod', 'council', 'congress', 'chamber', 'court', 'envoy', 'and'], notAfter: ['ambassador', 'envoy', 'minister', 'in'],
  },
  {
    pattern: 'brilliant',
    flag: ['She had a brilliant career in surgery.'],
    pass: ['The dye is brilliant green in daylight.', 'The stone was given a brilliant cut.'],
    notBefore: ['green', 'blue', 'red', 'yellow', 'white', 'black', 'cut', 'cresyl', 'violet', 'orange'],
  },
  {
    pattern: 'distinguished',
    flag: ['He had a distinguished career in the navy.'],
    pass: ['The species is distinguished by its red crest.', 'The two dialects can be distinguished easily.', 'She distinguished herself at the siege.', 'She was a Distinguished Professor at the college.'],
    notBefore: ['by', 'from', 'between', 'itself', 'himself', 'herself', 'themselves', 'them', 'it', 'among', 'in', 'only'], notAfter: PASSIVE,
  },
  {
    pattern: 'eminent',
    flag: ['She trained under an eminent surgeon.'],
    pass: ['The council used eminent domain to buy the land.'],
    notBefore: ['domain'],
  },
  {
    pattern: 'gifted',
    flag: ['He was a gifted carpenter.'],
    pass: ['The painting was gifted to the museum in 1950.', 'The school runs classes for gifted children.'],
    notBefore: ['to', 'by', 'the', 'a', 'an', 'his', 'her', 'their', 'him', 'them', 'it', 'in', 'children', 'pupils', 'students', 'programme', 'program', 'education'],
  },
  {
    // "unique" means one of a kind; as praise it sits before what a brochure sells ("a unique
    // experience") or takes a degree word ("truly unique", counted there). Its technical senses
    // ("unique identifier", "unique to the island") are the commoner ones.
    pattern: 'unique',
    flag: ['The museum offers a unique experience for families.', 'The inn has a unique atmosphere.'],
    pass: ['Each row has a unique identifier.', 'The beetle is unique to the island.', 'The solution is unique up to sign.', 'The page had 400 unique visitors.', 'The firm developed unique improvements to the pump.'],
    onlyBefore: ['experience', 'experiences', 'opportunity', 'opportunities', 'blend', 'atmosphere', 'ambience', 'ambiance', 'charm', 'character', 'setting', 'flavour', 'flavor', 'flavours', 'flavors', 'style', 'talent', 'vision', 'voice', 'personality', 'destination', 'getaway', 'venue', 'collection', 'heritage', 'beauty', 'appeal', 'insight', 'insights', 'perspective'],
  },
  {
    pattern: 'profound|profoundly',
    flag: ['Her teaching had a profound effect on the village.'],
    pass: ['The child has profound hearing loss.', 'He was profoundly deaf from birth.'],
    notBefore: ['hearing', 'loss', 'deafness', 'deaf', 'hypotension', 'hypothermia', 'bradycardia', 'hypoglycaemia', 'hypoglycemia', 'intellectual', 'learning', 'disability', 'disabilities', 'anaemia', 'anemia', 'sedation', 'weakness', 'impairment', 'neutropenia', 'shock'],
  },
  {
    pattern: 'dynamic|vital|elite',
    flag: ['The society has a dynamic executive.', 'She was a vital member of the relay team.'],
    pass: ['The amplifier has a wide dynamic range.', 'Nurses checked his vital signs.', 'The elite unit was disbanded.'],
    onlyBefore: [...CLASSES.praisable, 'part', 'role', 'link', 'contributor'],
  },
  {
    pattern: 'a|an successful',
    cueAt: 'last',
    flag: ['She built a successful career as a surveyor.', 'They opened a successful bakery in 1990.'],
    pass: ['The council won a successful appeal.', 'The successful bidder will be named on Friday.', 'The launch was successful.'],
    onlyBefore: ['career', 'careers', 'business', 'businesses', 'businessman', 'businesswoman', 'entrepreneur', 'company', 'firm', 'brand', 'franchise', 'season', 'seasons', 'year', 'years', 'spell', 'stint', 'tenure', 'period', 'run', 'writer', 'author', 'artist', 'musician', 'singer', 'band', 'producer', 'director', 'actor', 'actress', 'player', 'coach', 'manager', 'team', 'club', 'restaurant', 'bakery', 'shop', 'venture', 'enterprise', 'series', 'show', 'album', 'partnership', 'collaboration', 'tour', 'lawyer', 'architect', 'designer', 'life'],
  },
  {
    pattern: 'crucial|pivotal|instrumental|big|huge|vital|decisive|monumental|tremendous|invaluable|indispensable role',
    flag: ['The harbour master played a pivotal role in the rescue.'],
    pass: ['She was given the role of the queen.'],
  },
  {
    pattern: 'tremendous|immense|enormous|profound|incalculable|inestimable impact|influence|contribution|contributions|success|popularity|acclaim',
    cueAt: 'first',
    flag: ['The book had a profound influence on later poets.'],
    pass: ['The profound hearing loss was treated early.'],
  },
  {
    pattern: 'tremendous',
    flag: ['The choir made tremendous progress that year.'],
    pass: ['The pipes were under tremendous pressure.'],
    notBefore: MEASURED,
  },
  {
    pattern: 'extensive|vast|considerable|unrivalled|unrivaled|unparalleled|wide-ranging experience|expertise|know-how',
    cueAt: 'first',
    flag: ['The agency has extensive experience in bridge design.'],
    pass: ['The fire caused extensive damage to the roof.'],
  },
  {
    pattern: 'rich',
    flag: ['The town has a rich history of boatbuilding.'],
    pass: ['The soil is rich in iron.', 'Rich families moved to the suburbs.'],
    onlyBefore: ['history', 'heritage', 'tradition', 'traditions', 'culture', 'cultural', 'range', 'variety', 'array', 'tapestry', 'diversity', 'legacy', 'repertoire', 'assortment', 'selection', 'mix', 'blend', 'palette'],
  },
  {
    pattern: 'rich in history|heritage|tradition|culture|character',
    flag: ['The valley is rich in tradition.'],
  },
  {
    pattern: 'perfect',
    flag: ['The cove is perfect for a quiet swim.'],
    pass: ['Six is a perfect number.', 'He pitched a perfect game in 1998.', 'The verb is in the perfect tense.'],
    notBefore: ['number', 'numbers', 'square', 'squares', 'competition', 'tense', 'information', 'fifth', 'fourth', 'octave', 'game', 'games', 'score', 'scores', 'record', 'season', 'pitch', 'fluid', 'crystal', 'matching', 'graph', 'code', 'cube', 'storm', 'field', 'forward', 'binary', 'set', 'gas', 'participle', 'aspect', 'and', 'or'],
  },
  {
    pattern: 'ideal',
    flag: ['The bay is an ideal destination for families.', 'The meadow is ideal for picnics.'],
    pass: ['The ideal gas law relates pressure and volume.', 'The party never gave up its ideal of equality.'],
    onlyBefore: ['for', 'destination', 'location', 'place', 'spot', 'setting', 'venue', 'base', 'home', 'getaway', 'retreat'],
  },
  {
    pattern: 'attractive|interesting',
    flag: ['The harbour is an attractive place to live.', 'The blog covers interesting records and local gigs.'],
    pass: ['The two ions feel an attractive force.', 'The offer was attractive to first-time buyers.'],
    notBefore: ['force', 'forces', 'interaction', 'interactions', 'potential', 'potentials', 'to', 'for', 'rate', 'rates', 'price', 'prices', 'terms', 'yield', 'yields'],
  },
  {
    pattern: 'epic',
    flag: ['The final was an epic struggle.'],
    pass: ['The epic poem runs to twelve books.', 'He wrote an epic fantasy series.'],
    notBefore: ['poem', 'poems', 'poetry', 'poet', 'poets', 'film', 'films', 'fantasy', 'cycle', 'tradition', 'genre', 'novel', 'novels', 'theatre', 'theater', 'verse', 'saga', 'sagas', 'hero', 'heroes', 'tale', 'tales', 'simile'],
  },
  {
    pattern: 'boast|boasts|boasting|boasted',
    flag: ['The town boasts two theatres and a lido.'],
    pass: ['He boasted that he had never lost.', 'She boasts about her garden.', 'It was an idle boast.'],
    notBefore: ['that', 'about', 'of', 'to', 'how', 'he', 'she', 'they', 'we', 'i', 'himself', 'herself', 'themselves', 'was', 'is'], notAfter: ['the', 'a', 'an', 'his', 'her', 'their', 'idle', 'empty', 'proud'],
  },
  {
    pattern: 'thriving',
    flag: ['The town has a thriving market.'],
    pass: ['Ferns were thriving in the shade.'],
    notBefore: ['in', 'on', 'under', 'at', 'with', 'off', 'despite', 'as', 'among', 'there'],
  },
  {
    // Praise nouns and set phrases.
    pattern: 'epitome|quintessential|quintessentially|gold_standard|tour_de_force|former_glory|household_name|hidden_gem|crown_jewel|jewel_in_the_crown|second_to_none|second-to-none|one-of-a-kind|par_excellence|cut_above|like_no_other|prowess|in_a_class_of_its_own',
    flag: ['The mill has been restored to its former glory.', 'The pier is the epitome of seaside charm.', 'The market became the gold standard for farm shops.'],
    pass: ['A gold medal and a standard were awarded.'],
  },
  {
    pattern: 'a|an fine|superb|splendid|magnificent example|examples|specimen|specimens',
    trim: [1, 1],
    flag: ['The chapel is a fine example of Gothic revival.'],
    pass: ['The court imposed a fine of 200 pounds.'],
  },
  {
    pattern: 'celebrated',
    flag: ['The bakery is celebrated for its rye bread.', 'The painter was widely celebrated in Lyon.'],
    pass: ['The harvest mass was celebrated by the parish priest.', 'The village celebrated the anniversary with a fair.'],
    guards: [celebratingVerb],
  },
  {
    pattern: 'clearly|obviously|undoubtedly|unquestionably|undeniably|indisputably|needless_to_say|interestingly|importantly|remarkably|surprisingly|tellingly|ironically|sadly|fortunately|unfortunately|of_course|amazingly|astonishingly|astoundingly|tragically|regrettably|thankfully|mercifully|curiously|it_goes_without_saying',
    flag: ['The mural is clearly a response to the mayor.', 'Of course, the plan failed.', 'Interestingly, the mill never flooded.', 'Sadly, the theatre closed in June.', 'Tragically, the lifeboat was lost.'],
    pass: ['The exits are clearly marked.', 'She spoke clearly and slowly.'],
    notAfter: MANNER_BEFORE, notBefore: MANNER_AFTER, flagsNames: true, nudge: true,
  },
  {
    pattern: 'notably',
    flag: ['Notably, the bridge survived the earthquake.'],
    pass: ['She won several awards, most notably a Bafta.'],
    notAfter: ['most', 'more'], flagsNames: true, nudge: true,
  },
  {
    pattern: 'it_should_be_noted|it_must_be_noted|it_is_worth_noting|it_is_important_to_note|it_is_interesting_to_note|it_bears_mentioning',
    flag: ['It should be noted that the ferry was late.'],
    flagsNames: true, nudge: true,
  },
  {
    pattern: 'a|an clear|obvious|unmistakable|thinly_veiled|thinly-veiled reference|nod|allusion|swipe|jab|dig to|at?',
    flag: ['The song ends with a line about thieves, a clear reference to the rival party.'],
    flagsNames: true, nudge: true,
  },
];
