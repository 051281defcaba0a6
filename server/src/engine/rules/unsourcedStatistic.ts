// "Nine in ten voters", "61%", "doubled", "up to 5,000": figures stated as fact with no source.

import type { Candidate, Rule } from './rule';
import { appendAttribution } from './rewrite';
import { isCapitalized, opensContrast, type Token } from '../text/tokens';
import { NO_NAMES, type NameBook } from '../text/names';
import { figureFrames, type FrameKind } from './figureFrames';
import { firstAtOrAfter } from '../text/search';

const SMALL_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const DENOMINATORS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'hundred', 'thousand', 'million']);
const PERCENT_WORDS = new Set(['percent', 'per cent', 'pc', 'percentage']);
const MULTIPLIERS = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm']);
const CHANGE_VERBS = new Set(['doubled', 'tripled', 'trebled', 'quadrupled', 'halved']);
// "doubled as a shelter", "doubled up", "doubled back": other senses of the change verbs.
const NOT_A_CHANGE_AFTER = new Set(['as', 'up', 'over', 'back', 'down']);
// "will triple by 2030", "is expected to double": a forecast is a figure too.
const FUTURE_CHANGE = new Set(['double', 'triple', 'treble', 'quadruple', 'halve']);
const BEFORE_FUTURE_CHANGE = new Set(['will', 'would', 'could', 'to', "'ll", 'should', 'might', 'may', 'set']);
// "less than half the price", "nearly half of the staff".
const HALF_QUALIFIERS = new Set(['less', 'more', 'over', 'nearly', 'almost', 'about', 'roughly', 'around', 'under', 'barely', 'just']);
// "200 times as much", "three times more likely".
const COMPARATIVE_AFTER_TIMES = new Set(['as', 'more', 'less', 'higher', 'lower', 'larger', 'bigger', 'greater', 'faster', 'slower', 'cheaper', 'the']);
// A product's price list is the seller's own fact, not a claim: "costs £39,000", "retails at $20".
// ("cost", the past: what something was bought for, as "The boiler cost £6,850".)
const PRICE_VERBS = new Set(['costs', 'cost', 'retails', 'priced', 'sells']);
const CURRENCY_SYMBOLS = new Set(['$', '£', '€', '¥', '₹']);
const CURRENCY_WORDS = new Set(['dollars', 'euros', 'pounds', 'yen', 'francs', 'pence', 'cents', 'usd', 'eur', 'gbp']);
// "fell by a third", "a fifth of the market": a spelled-out share. Not "a quarter of an hour".
const COMPARATIVES_AFTER_FRACTION = new Set(['more', 'less', 'higher', 'lower', 'cheaper', 'dearer', 'bigger', 'smaller', 'larger', 'fewer']);
const FRACTION_WORDS = new Set(['third', 'quarter', 'fifth', 'sixth', 'tenth', 'thirds', 'quarters', 'fifths', 'tenths']);
const MEASURES_OF = new Set(['an', 'hour', 'hours', 'mile', 'miles', 'century', 'way', 'inch', 'cup', 'teaspoon', 'tablespoon', 'pint', 'pound', 'kilometre', 'kilometer', 'second', 'minute', 'day', 'page']);
// "have risen by 1.5 °C since 1990": a change by an amount, whatever its unit.
const CHANGE_BY_VERBS = new Set(['rose', 'risen', 'rises', 'fell', 'fallen', 'falls', 'increased', 'increases', 'decreased', 'dropped', 'grew', 'grown', 'climbed', 'declined', 'shrank', 'shrunk', 'jumped', 'soared', 'slumped', 'plunged', 'cut', 'reduced', 'raised', 'lowered', 'warmed', 'cooled']);
// Market data a reporter sees on the screen: "closed 9% higher", "opened 3% down".
const MARKET_VERBS = new Set(['closed', 'opened', 'ended', 'finished', 'traded', 'trading', 'closing']);
// "closed at 18,144, down 1.2 percent", "ended at $41.20, off 3%": the move after the level.
const MARKET_MOVES = new Set(['up', 'down', 'off', 'higher', 'lower', 'gaining', 'losing', 'rising', 'falling']);
const FRACTIONS = new Set(['two-thirds', 'three-quarters', 'one-third', 'one-quarter', 'one-fifth', 'two-fifths', 'three-fifths', 'four-fifths', 'one-tenth', 'nine-tenths']);
// A figure with a unit is a measurement, checked differently from a claim about people or money.
const UNITS = new Set([
  'metres', 'meters', 'metre', 'meter', 'm', 'km', 'kilometres', 'kilometers', 'miles', 'mile', 'feet', 'ft', 'foot', 'inches', 'cm', 'mm', 'yards',
  'tonnes', 'tons', 'kg', 'kilograms', 'grams', 'g', 'lb', 'lbs', 'square', 'sq', 'hectares', 'acres', 'litres', 'liters', 'gallons', 'years', 'bc', 'bce',
  'ad', 'ce', 'volts', 'watts', 'mw', 'kw', 'gw', 'hp', 'horsepower', 'calories', 'kcal', 'degrees', 'pages', 'words', 'bytes', 'mb', 'gb', 'km2', 'kph', 'mph',
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'decades', 'centuries', 'bpm', 'hz', 'khz', 'mhz',
]);

// A number joined by a hyphen to a unit describes the thing: "a 1,000-watt motor", "a 300-page
// report", "a 12,000-seat stadium". Units written singular in such compounds, and sizes of a building.
const HYPHEN_UNITS = new Set(['watt', 'volt', 'metre', 'meter', 'mile', 'foot', 'inch', 'yard', 'tonne', 'ton', 'kilogram', 'gram', 'litre', 'liter', 'gallon',
  'acre', 'hectare', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'page', 'word', 'degree', 'calorie', 'kilometre',
  'kilometer', 'horsepower', 'seat', 'bed', 'room', 'storey', 'story', 'square', 'member', 'strong', 'person']);
// "5 times the national average", "three times the rate of": what a multiple is taken of (the word
// after "the", or the one after that).
const TIMES_THE = new Set(['price', 'cost', 'rate', 'size', 'amount', 'number', 'average', 'level', 'value', 'risk', 'odds', 'speed', 'income', 'total', 'share', 'population', 'budget', 'salary', 'wage', 'wages']);
// "$3million", "£40bn": a figure with its multiplier written on.
const GLUED_MULTIPLIER = /^\d[\d,.]*(million|billion|trillion|bn|mn)$/i;
// "a 40,000-member union", "the 1.6 million member guild", "a 5,000-strong crowd": the size of a body,
// written as its description. (Hyphenated forms are units below.)
const SIZE_COMPOUNDS = new Set(['member', 'strong', 'person', 'seat']);
// The method of a survey, not its findings: "surveyed 2,000 adults", "a margin of error of 3 percentage
// points", "plus or minus 4 points".
const SURVEY_METHOD_VERBS = new Set(['surveyed', 'interviewed', 'sampled', 'questioned', 'contacted']);
// What a percentage sets in a study's design, not a finding: "90% power", "a 95% confidence interval".
const DESIGN_AFTER = new Set(['power', 'confidence', 'ci', 'credible', 'significance']);
// "more than 300 pupils", "about 900 lorries": a hedged count is still a count stated as fact.
// "fewer than", "under" and "less than" are left out: they mostly set a threshold ("firms with fewer than 50 staff").
const APPROXIMATORS = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'over']);
const APPROXIMATOR_PAIRS = new Set(['more than', 'upwards of', 'at least', 'well over', 'just over', 'close to']);
// "The hall seats about 400", "the hut sleeps 12": what a building has room for is its
// specification. "holds" is one too ("the barrel holds about 1,000 herring"), unless what it holds
// are events or come at a rate: a club "holds 300 events a year".
const CAPACITY_VERBS = new Set(['seats', 'seat', 'sleeps', 'sleep', 'accommodates', 'accommodate', 'holds', 'hold']);
const HELD_EVENTS = new Set(['events', 'meetings', 'concerts', 'classes', 'sessions', 'services', 'elections', 'races', 'shows', 'matches', 'games', 'fairs', 'markets', 'auctions', 'workshops', 'talks', 'lectures', 'courses', 'exhibitions', 'parties', 'tournaments', 'competitions', 'records', 'titles', 'seats', 'shares', 'stakes', 'posts', 'offices', 'patents', 'degrees', 'votes', 'a', 'an', 'each', 'every', 'per', 'annually', 'yearly', 'weekly', 'monthly']);
// Below this a hedged count is everyday detail ("about 40 minutes", "some 40 seats"), not a statistic.
const HEDGED_COUNT_MIN = 100;

// "charity number 1190442", "Reg. No. 4471": after these words a number names something, it counts nothing.
const IDENTIFIER_NOUNS = new Set(['number', 'registration', 'reg', 'ref', 'reference', 'licence', 'license', 'patent', 'serial', 'isbn', 'issn']);
// Capitalised words that hedge or count rather than name: "About 10000", "Some 12000", "Only 20000".
const NOT_NAMES_BEFORE_NUMBER = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'over', 'under', 'only', 'just', 'more', 'fewer', 'less', 'at', 'by', 'up', 'to', 'in', 'of', 'from', 'since', 'until', 'for', 'and', 'or', 'but', 'the', 'all', 'another', 'exactly', 'perhaps', 'maybe', 'than', 'i']);
// After these the number is an amount, not part of a name: "Clinton 12000 votes" is not "Route 12000".
const FIGURE_AFTER = new Set(['percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'votes', 'people']);
// "up to four litters": spelled-out numbers a ceiling can take (digits are caught anyway).
const SPELLED_NUMBERS = new Set([...SMALL_NUMBERS, 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen']);
// "may hold up to two terms", "are allowed up to three guests": a limit a rule sets, not a count.
const PERMISSIONS = new Set(['may', 'allowed', 'permitted', 'entitled', 'limited']);
// "from 6.70 to 7.20 crowns, a rise of 7.5%": a change worked out from figures the sentence gives.
const CHANGE_NOUNS = new Set(['rise', 'increase', 'fall', 'drop', 'cut', 'decrease', 'decline', 'jump', 'gain', 'loss', 'reduction', 'change', 'growth']);
// "made from 80% recycled polyester", "uses 30% recycled card": what a product is made of, read off its label.
const COMPOSITION_AFTER = new Set(['recycled', 'organic', 'reclaimed', 'recyclable', 'alcohol', 'abv', 'proof', 'cocoa', 'cotton', 'wool', 'silk', 'linen', 'polyester', 'nylon', 'butterfat', 'fat', 'sugar', 'protein']);
const MADE_PREPOSITIONS = new Set(['from', 'of', 'with']);
// "The average tablet is thrown away after 2.5 years": a measured quantity becomes a statistic when it is an average.
const AVERAGE_OPENERS = new Set(['the', 'an', 'on']);
// Units that follow a year or an era, not a measurement.
const ERA_UNITS = new Set(['bc', 'bce', 'ad', 'ce']);

// The writer is the organisation: "We gave out 18,406 parcels", "We have doubled the storage",
// "Our appeal raised £62,000", "Our income was £486,200". What it did, spent or earned is its own
// record. Only deeds count: "We know that 90% of voters ..." is still a claim about the world, and
// present-tense habits ("we spend", "we waste") are kept out, as a columnist's "we" means everyone.
const OWN_DEEDS = new Set([
  'gave', 'given', 'handed', 'distributed', 'delivered', 'served', 'fed', 'packed', 'shipped', 'sold', 'raised', 'spent', 'earned', 'made', 'received',
  'bought', 'paid', 'invested', 'donated', 'hired', 'recruited', 'trained', 'opened', 'built', 'installed', 'repaired', 'answered', 'processed',
  'launched', 'added', 'doubled', 'tripled', 'trebled', 'halved', 'increased', 'expanded', 'grew', 'grown', 'produced', 'ran', 'operated', 'housed',
  'helped', 'supported', 'welcomed', 'hosted', 'lost', 'planted', 'funded', 'awarded', 'lent', 'sent', 'employed', 'took', 'taken', 'managed',
  // Present tense, only for what an organisation does rather than what people in general do.
  'employ', 'operate', 'run',
]);
// Between "we" and its deed: auxiliaries and adverbs ("We have also doubled", "we now employ").
const WE_TO_DEED = new Set(['have', 'had', 'will', 'also', 'then', 'now', 'again', 'still', 'already', 'just', 'recently', 'together', 'once', 'finally', 'successfully']);
const WE_FORMS = new Set(['we', "we've", "we'd", "we'll"]);
// "We will begin a trial in 1,200 patients", "we plan to recruit 400": the writer's own plan. Only
// what a study or an organisation sets up, so "we will all pay 20% more" stays a claim.
const OWN_PLANS = new Set([
  'begin', 'start', 'recruit', 'enrol', 'enroll', 'randomise', 'randomize', 'follow', 'run', 'conduct', 'launch', 'open', 'hire', 'employ', 'build', 'test',
  'survey', 'interview', 'sample', 'treat', 'expand', 'extend', 'repeat', 'distribute', 'deliver', 'plant', 'train', 'fund', 'invite', 'enter', 'add', 'publish',
]);
const PLAN_VERBS = new Set(['plan', 'intend', 'aim', 'expect']);
// "If we cut emissions by 40%": a condition, not a record.
const NOT_A_RECORD_BEFORE_WE = new Set(['if', 'unless', 'until', 'that', 'whether']);
// "Our income was", "Our hamper appeal raised": the organisation's own accounts and activities.
const OWN_RECORD_NOUNS = new Set([
  'income', 'spending', 'expenditure', 'costs', 'revenue', 'revenues', 'turnover', 'sales', 'surplus', 'deficit', 'reserves', 'profit', 'profits',
  'budget', 'payroll', 'accounts', 'appeal', 'campaign', 'fundraiser', 'fundraising', 'donations', 'shop', 'shops', 'store', 'stores', 'volunteers',
  'staff', 'fleet', 'warehouse', 'van', 'vans', 'app', 'website', 'subscribers', 'orders', 'membership',
  // Fundraising events: "Our spring plant sale raised".
  'sale', 'fair', 'raffle', 'auction', 'gala', 'concert', 'dinner', 'collection', 'drive', 'tombola', 'event', 'events',
  // The writer's own service: "Our unit carries out about 4,200 colonoscopies a year".
  'unit', 'clinic', 'team', 'service', 'department', 'ward', 'practice', 'library', 'lab', 'laboratory', 'helpline', 'kitchen', 'bakery', 'workshop',
]);
const RECORD_VERBS = new Set([...OWN_DEEDS, 'was', 'were', 'came', 'totalled', 'totaled', 'reached', 'stood', 'rose', 'fell', 'carries', 'carried', 'performs', 'performed', 'treats', 'treated', 'sees', 'saw', 'handles', 'handled', 'answers', 'lends', 'serves', 'bakes', 'baked', 'makes', 'repairs']);
// "We propose a trial on 1,200 patients": a proposal is the writer's own plan.
const PROPOSALS = new Set(['propose', 'proposed', 'request', 'requested']);

// "That is about one sample in six", "That means 224 sampling days": arithmetic on the figures
// just given. "RESOLVED that the precept be set at £48,200": the meeting's own decision.
// ("That is less than half the price of comparable robots" compares with the world outside, so
// after "That is" only a share of the figures given counts as worked out.)
const DERIVED_OPENERS = new Set(['means', 'makes', 'comes', 'works', 'leaves']);

/** The sentence opens by working out or deciding its figures rather than reporting them, from its first word `first`. */
function derivedOrDecided(tokens: readonly Token[], first: number): boolean {
  const [a, b] = [tokens[first]?.lower ?? '', tokens[first + 1]?.lower ?? ''];
  if ((a === 'that' || a === 'this') && DERIVED_OPENERS.has(b)) return true;
  if ((a === 'that' || a === 'this') && (b === 'is' || b === "'s")) {
    let k = first + 2;
    if (APPROXIMATORS.has(tokens[k]?.lower ?? '')) k++;
    const after = tokens[k + 1];
    return isNumberLike(tokens[k]) && after !== undefined && (after.text === '%' || ['in', 'out', 'percent', 'per'].includes(after.lower) || (tokens[k + 2]?.lower === 'in' && after.kind === 'word'));
  }
  return a === 'resolved' && (b === 'that' || b === ':');
}

/** Token index from which the sentence is the writer's own record (up to a contrast), or -1. */
function ownRecordStart(tokens: readonly Token[]): number {
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  if (first >= 0 && derivedOrDecided(tokens, first)) return first;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (WE_FORMS.has(t.lower)) {
      if (NOT_A_RECORD_BEFORE_WE.has(tokens[i - 1]?.lower ?? '')) continue;
      let k = i + 1;
      let future = t.lower === "we'll";
      for (; k < tokens.length && k - i <= 3 && WE_TO_DEED.has(tokens[k].lower); k++) if (tokens[k].lower === 'will') future = true;
      if (OWN_DEEDS.has(tokens[k]?.lower ?? '') || PROPOSALS.has(tokens[k]?.lower ?? '')) return i;
      if (PLAN_VERBS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to') {
        future = true;
        k += 2;
      }
      if (future && OWN_PLANS.has(tokens[k]?.lower ?? '')) return i;
    } else if (t.lower === 'our') {
      // "Our legendary Christmas hamper appeal raised": the head noun right before the verb.
      for (let k = i + 1; k < tokens.length && k - i <= 5 && tokens[k].kind === 'word'; k++) {
        if (OWN_RECORD_NOUNS.has(tokens[k].lower) && RECORD_VERBS.has(tokens[k + 1]?.lower ?? '')) return i;
      }
    }
  }
  return -1;
}

/** A number that names a registration, a licence or a document: "number 1190442", "No. 12". */
function isIdentifier(tokens: readonly Token[], i: number): boolean {
  // "01632 960418": a leading zero is a dialling code or a code, and the digits after it go with it.
  if (/^0\d{2,}/.test(tokens[i].text) || /^0\d{2,}/.test(tokens[i - 1]?.text ?? '')) return true;
  // "No. 16-14523": the digits hyphenated on to an identifier are part of it.
  if (tokens[i - 1]?.text === '-' && tokens[i - 1].start === tokens[i - 2]?.end && tokens[i - 2]?.kind === 'number' && tokens[i].start === tokens[i - 1].end && isIdentifier(tokens, i - 2)) return true;
  // "Bill 10452", "Flight 11902", "Route 10001": a capitalised noun with its number, written without
  // separators, is a name. ("About 10000 people" opens with a hedge, not a name.)
  const name = tokens[i - 1];
  if (name && isCapitalized(name) && !/[,.]/.test(tokens[i].text) && !NOT_NAMES_BEFORE_NUMBER.has(name.lower) && !FIGURE_AFTER.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.text !== '%') return true;
  let k = i - 1;
  if (tokens[k]?.text === '.' || tokens[k]?.text === ':' || tokens[k]?.text === '#') k--;
  const word = tokens[k]?.lower ?? '';
  if (IDENTIFIER_NOUNS.has(word)) return true;
  return (word === 'no' || word === 'nos') && tokens[k + 1]?.text === '.';
}

/** "closed at 18,144", "ended at $41.20": a market's level, read off the screen. */
function marketLevel(tokens: readonly Token[], i: number): boolean {
  const k = CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  return tokens[k]?.lower === 'at' && MARKET_VERBS.has(tokens[k - 1]?.lower ?? '');
}

/** A market verb with a level ("closed at", "ended at") stands in the eight words before `i`. */
function marketVerbBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 8; k--) if (MARKET_VERBS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'at') return true;
  return false;
}

/** The figure at `i` describes how a survey was done: its sample ("surveyed about 2,000 adults") or its margin of error. */
function methodOfSurvey(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && APPROXIMATORS.has(tokens[k].lower)) k--;
  if (SURVEY_METHOD_VERBS.has(tokens[k]?.lower ?? '')) return true;
  if (tokens[i - 1]?.lower === 'minus' && tokens[i - 2]?.lower === 'or' && tokens[i - 3]?.lower === 'plus') return true;
  // "a margin of error of 3.1 percentage points", "margin of error: 4 points".
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) if (tokens[j].lower === 'margin' || tokens[j].lower === 'error') return tokens[j].lower === 'error' || tokens[j + 1]?.lower === 'of';
  return false;
}

/** A unit follows the number, as a word ("300 metres") or joined by a hyphen ("1,000-watt"). */
function unitAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (UNITS.has(next.lower) || SIZE_COMPOUNDS.has(next.lower)) return true;
  const word = tokens[i + 2];
  return next.text === '-' && next.start === tokens[i].end && word?.kind === 'word' && word.start === next.end && (HYPHEN_UNITS.has(word.lower) || UNITS.has(word.lower));
}

/**
 * The first token of a hedge right before the number at `i` ("more than 300", "about 900"), or -1.
 * Only whole counts of 100 or more that are not years, followed by what they count (not a unit).
 */
function hedgedCountStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t.kind !== 'number' || !/^\d[\d,]*$/.test(t.text)) return -1;
  const value = Number(t.text.replace(/,/g, ''));
  if (value < HEDGED_COUNT_MIN || (!t.text.includes(',') && /^(1[0-9]|20)\d\d$/.test(t.text))) return -1;
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || unitAfter(tokens, i) || MULTIPLIERS.has(next.lower) || PERCENT_WORDS.has(next.lower) || CURRENCY_WORDS.has(next.lower)) return -1;
  const pair = `${tokens[i - 2]?.lower ?? ''} ${tokens[i - 1]?.lower ?? ''}`;
  if (APPROXIMATOR_PAIRS.has(pair)) return i - 2;
  return APPROXIMATORS.has(tokens[i - 1]?.lower ?? '') ? i - 1 : -1;
}

/** A capacity verb stands right before the figure at `i`, or before its hedge ("seats about 400", "holds up to 60"). */
function capacity(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (APPROXIMATORS.has(tokens[k]?.lower ?? '')) k--;
  else if (APPROXIMATOR_PAIRS.has(`${tokens[k - 1]?.lower ?? ''} ${tokens[k]?.lower ?? ''}`) || (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'up')) k -= 2;
  const verb = tokens[k]?.lower ?? '';
  if (!CAPACITY_VERBS.has(verb)) return false;
  if (verb !== 'holds' && verb !== 'hold') return true;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    if (tokens[j].kind === 'punct') break;
    if (HELD_EVENTS.has(tokens[j].lower)) return false;
  }
  return true;
}

const SPELLED_VALUES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, hundred: 100, thousand: 1000, million: 1e6 };

/** The value of a count written in digits or as a word, if it is one. */
function countValue(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  if (token.kind === 'number') {
    const n = Number(token.text.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  return SPELLED_VALUES[token.lower];
}

/** "12 wards in three hospitals": a count spread over places, not a share, once the first figure is not the smaller. */
function notAShare(part: Token, whole: Token | undefined): boolean {
  const a = countValue(part);
  const b = countValue(whole);
  return a !== undefined && b !== undefined && a >= b;
}

// "more than half a second", "about half an hour": a measure, not a share of anything.
const HALF_MEASURES = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'century', 'decade', 'term', 'season', 'mile', 'metre', 'meter', 'kilometre', 'kilometer', 'inch', 'foot', 'yard', 'litre', 'liter', 'pint', 'gallon', 'pound', 'kilo', 'tonne', 'ton', 'dozen', 'cup', 'teaspoon', 'tablespoon', 'page', 'lap', 'length', 'step', 'turn', 'size']);

/** "70th", "21st": an ordinal ranks, it counts nothing ("its 70th anniversary in two years"). */
function isOrdinal(token: Token | undefined): boolean {
  return token?.kind === 'number' && /\d(st|nd|rd|th)$/i.test(token.text);
}

function isNumberLike(token: Token | undefined): boolean {
  return token !== undefined && ((token.kind === 'number' && !isOrdinal(token)) || SMALL_NUMBERS.has(token.lower));
}

/** A number written with thousands separators (4,000) or as a bare count of 1000 or more that is not a year. */
function isLargeCount(token: Token): boolean {
  if (token.kind !== 'number' || !/^\d[\d,]*$/.test(token.text)) return false;
  if (token.text.includes(',')) return Number(token.text.replace(/,/g, '')) >= 1000;
  const value = Number(token.text);
  return value >= 10000;
}

/** A word of permission stands in the three words before `i`. */
function permitted(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (PERMISSIONS.has(tokens[k].lower)) return true;
  return false;
}

/** "from 6.70 to 7.20", "from £3 to £4": the index of the second figure, or -1. */
function fromToEnds(tokens: readonly Token[], from: number): number {
  let k = from + 1;
  if (CURRENCY_SYMBOLS.has(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.kind !== 'number') return -1;
  // "from 6.70 to", "from 6.70 crowns to".
  let to = k + 1;
  if (tokens[to]?.lower !== 'to') to++;
  if (tokens[to]?.lower !== 'to') return -1;
  k = to + 1;
  if (CURRENCY_SYMBOLS.has(tokens[k]?.text ?? '')) k++;
  return tokens[k]?.kind === 'number' ? k : -1;
}

/**
 * A percentage that is no claim: a change worked out from the figures just given ("from 6.70 to
 * 7.20 crowns an hour, a rise of 7.5%"), or what a product is made of ("made from 80% recycled polyester").
 * `i` is the number, `end` the last token of the percentage.
 */
function derivedOrComposition(tokens: readonly Token[], i: number, end: number, fromToEnd: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (fromToEnd >= 0 && fromToEnd < i) {
    if (before === 'by' || before === 'up' || before === 'down') return true;
    if (before === 'of' && CHANGE_NOUNS.has(tokens[i - 2]?.lower ?? '')) return true;
    if (CHANGE_NOUNS.has(tokens[end + 1]?.lower ?? '')) return true;
  }
  if (MADE_PREPOSITIONS.has(before) && tokens[i - 2]?.lower === 'made') return true;
  return COMPOSITION_AFTER.has(tokens[end + 1]?.lower ?? '');
}

/**
 * Words without which no figure below is found: every candidate holds a digit or one of these.
 * Most sentences hold neither, and skip the scan.
 */
const FIGURE_WORDS = new Set([...SPELLED_NUMBERS, ...FUTURE_CHANGE, ...CHANGE_VERBS, ...FRACTION_WORDS, ...FRACTIONS, 'half', 'twice', 'thrice']);

function mayHoldFigure(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'number' || FIGURE_WORDS.has(t.lower)) return true;
  return false;
}

const tokenStart = (t: Token) => t.start;

export function scanStatistics(tokens: readonly Token[], names: NameBook = NO_NAMES): Candidate[] {
  const found: Candidate[] = [];
  if (!mayHoldFigure(tokens)) return found;
  // Rules, allegations, plans, totals and routine sizes: figures in these frames are no claims (figureFrames.ts).
  // Both built only for a sentence that holds a figure: most sentences hold none.
  let frames: ((index: number) => FrameKind) | undefined;
  const framed = (index: number) => (frames ??= figureFrames(tokens, names))(index);
  // Tokens lie in order of their offsets: a binary search finds one's index without a map per sentence.
  const indexOf = (t: Token) => firstAtOrAfter(tokens, t.start, tokenStart);
  // Figures from the writer's own record on, up to a contrasting clause, are the writer's own.
  const own = ownRecordStart(tokens);
  let ownFrom = Infinity;
  let ownTo = Infinity;
  if (own >= 0) {
    ownFrom = tokens[own].start;
    for (let k = own + 1; k < tokens.length; k++) {
      if (opensContrast(tokens, k)) {
        ownTo = tokens[k].start;
        break;
      }
    }
  }
  const add = (first: Token, last: Token, detail: string) => {
    if (first.start >= ownFrom && first.start < ownTo) return;
    const frame = [framed(indexOf(first)), framed(indexOf(last))];
    if (frame.includes('framed')) return;
    // An allegation with no accuser in the sentence: the sentence before may name the complaint.
    found.push({ offset: first.start, length: last.end - first.start, detail, ...(frame.includes('allegation') ? { followsSource: true } : {}) });
  };
  // Where "from 6.70 to 7.20" ended: a change of N% after it is arithmetic on those figures.
  let fromToEnd = -1;
  // Where "the average" or "on average" stood: a measurement after it is a statistic.
  let averageAt = -1;
  // A sum of money right after "costs" or "retails at" (or after such a price: "£39,000, or £1,100
  // a month") is a price the seller states. "costs the economy £4 billion" is a claim.
  let priceVerbAt = -Infinity;
  let priceAt = -Infinity;
  const isMoney = (i: number) => CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? '') || CURRENCY_WORDS.has(tokens[i + 1]?.lower ?? '') || CURRENCY_WORDS.has(tokens[i + 2]?.lower ?? '');
  // "on the market for £395,000", "let at £1,050 a month", "for my £400,000": an asking price or the
  // writer's own money, not a claim about the world.
  const pricedOrOwn = (i: number) => {
    const symbol = CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? '') ? 1 : 0;
    const before = tokens[i - 1 - symbol]?.lower ?? '';
    return before === 'at' || before === 'for' || before === 'my' || before === 'our' || (tokens[i - 2 - symbol]?.lower ?? '') === 'my';
  };
  const isPrice = (i: number) => (i - priceVerbAt <= 3 || i - priceAt <= 4 || pricedOrOwn(i)) && isMoney(i);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (PRICE_VERBS.has(t.lower)) priceVerbAt = i;
    if (t.lower === 'average' && AVERAGE_OPENERS.has(tokens[i - 1]?.lower ?? '')) averageAt = i;
    if (t.lower === 'from') {
      const end = fromToEnds(tokens, i);
      if (end > 0) fromToEnd = end;
    }
    if (t.kind === 'number' && (isIdentifier(tokens, i) || capacity(tokens, i) || marketLevel(tokens, i))) continue;
    if (t.kind === 'number' && isPrice(i)) {
      priceAt = i;
      if (next && MULTIPLIERS.has(next.lower)) i++;
      continue;
    }
    if (FUTURE_CHANGE.has(t.lower) && BEFORE_FUTURE_CHANGE.has(tokens[i - 1]?.lower ?? '') && !NOT_A_CHANGE_AFTER.has(next?.lower ?? '')) {
      add(t, t, 'change');
      continue;
    }
    if (HALF_QUALIFIERS.has(t.lower) && (next?.lower === 'half' || (next?.lower === 'than' && after?.lower === 'half'))) {
      const at = next.lower === 'half' ? i + 1 : i + 2;
      const half = tokens[at];
      if (['a', 'an'].includes(tokens[at + 1]?.lower ?? '') && HALF_MEASURES.has(tokens[at + 2]?.lower ?? '')) {
        i = at + 2;
        continue;
      }
      add(t, half, 'fraction');
      i = at;
      continue;
    }
    // "twice the fibre of", "twice as many".
    if ((t.lower === 'twice' || t.lower === 'thrice') && (next?.lower === 'as' || (next?.lower === 'the' && after?.kind === 'word' && tokens[i + 3]?.lower === 'of'))) {
      add(t, t, 'ratio');
      continue;
    }
    if (isNumberLike(t) && next?.lower === 'times' && COMPARATIVE_AFTER_TIMES.has(after?.lower ?? '') && (after?.lower !== 'the' || TIMES_THE.has(tokens[i + 3]?.lower ?? '') || TIMES_THE.has(tokens[i + 4]?.lower ?? ''))) {
      add(t, next, 'ratio');
      i++;
      continue;
    }
    if (t.kind === 'number' && next && (next.text === '%' || PERCENT_WORDS.has(next.lower)) && MARKET_VERBS.has(tokens[i - 1]?.lower ?? '') && ['higher', 'lower', 'up', 'down'].includes(tokens[i + (next.text === '%' ? 2 : 2)]?.lower ?? '')) {
      i++;
      continue;
    }
    // "The index closed at 18,144, down 1.2 percent": the day's move in a market report, after its level.
    if (t.kind === 'number' && next && (next.text === '%' || PERCENT_WORDS.has(next.lower)) && MARKET_MOVES.has(tokens[i - 1]?.lower ?? '') && marketVerbBefore(tokens, i)) {
      i++;
      continue;
    }
    // "cost a third more than in 2020", "a quarter cheaper": a change stated as a fraction.
    if ((t.lower === 'a' || t.lower === 'one') && next && FRACTION_WORDS.has(next.lower) && COMPARATIVES_AFTER_FRACTION.has(after?.lower ?? '') && tokens.slice(i + 3, i + 10).some((x) => x.lower === 'than' || x.lower === 'since')) {
      add(t, after!, 'change');
      i += 2;
      continue;
    }
    if ((t.lower === 'a' || t.lower === 'one' || t.lower === 'two' || t.lower === 'three') && next && FRACTION_WORDS.has(next.lower) && (after?.lower === 'of' ? !MEASURES_OF.has(tokens[i + 3]?.lower ?? '') && !MEASURES_OF.has(tokens[i + 4]?.lower ?? '') : tokens[i - 1]?.lower === 'by')) {
      add(t, next, 'fraction');
      i++;
      continue;
    }
    if (t.lower === 'half' && after && next?.lower === 'of' && !MEASURES_OF.has(after.lower) && !MEASURES_OF.has(tokens[i + 3]?.lower ?? '') && !['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'second' && tokens[i - 1]?.lower !== 'first') {
      add(t, t, 'fraction');
      continue;
    }
    if (CHANGE_BY_VERBS.has(t.lower) && next?.lower === 'by' && after?.kind === 'number') {
      const unit = tokens[i + 3];
      const last = unit && (unit.text === '%' || unit.text === '°' || PERCENT_WORDS.has(unit.lower) || UNITS.has(unit.lower)) ? unit : after;
      add(after, last, 'change');
      i += 2;
      continue;
    }
    if (t.kind === 'number' && next) {
      const sign = next.text === '%' && next.start - t.end <= 1;
      if (sign || PERCENT_WORDS.has(next.lower) || (next.lower === 'per' && after?.lower === 'cent')) {
        const last = sign ? next : next.lower === 'per' ? after! : next;
        const end = sign ? i + 1 : next.lower === 'per' ? i + 2 : i + 1;
        if (!derivedOrComposition(tokens, i, end, fromToEnd) && !DESIGN_AFTER.has(tokens[end + 1]?.lower ?? '') && !methodOfSurvey(tokens, i)) add(t, last, 'percentage');
        i = end;
        continue;
      }
    }
    // "one job in three", "one adult in five": a count with its noun inside the proportion.
    if (isNumberLike(t) && next?.kind === 'word' && after?.lower === 'in' && !isNumberLike(next) && (DENOMINATORS.has(tokens[i + 3]?.lower ?? '') || (tokens[i + 3]?.kind === 'number' && /^\d{1,3}$/.test(tokens[i + 3].text))) && !notAShare(t, tokens[i + 3])) {
      add(t, tokens[i + 3], 'proportion');
      i += 3;
      continue;
    }
    if (isNumberLike(t) && (next?.lower === 'in' || (next?.lower === 'out' && after?.lower === 'of'))) {
      const denominator = tokens[i + (next.lower === 'in' ? 2 : 3)];
      // "the first debate of 2016 in three groups": no share once the first figure is not the smaller.
      if (denominator && (DENOMINATORS.has(denominator.lower) || (denominator.kind === 'number' && /^\d{1,3}$/.test(denominator.text))) && !notAShare(t, denominator)) {
        add(t, denominator, 'proportion');
        i += next.lower === 'in' ? 2 : 3;
        continue;
      }
    }
    if (CHANGE_VERBS.has(t.lower) && !NOT_A_CHANGE_AFTER.has(next?.lower ?? '')) {
      add(t, t, 'change');
      continue;
    }
    if (FRACTIONS.has(t.lower)) {
      add(t, t, 'fraction');
      continue;
    }
    if (t.lower === 'up' && next?.lower === 'to' && after && (after.kind === 'number' || (SPELLED_NUMBERS.has(after.lower) && !permitted(tokens, i))) && !UNITS.has(tokens[i + 3]?.lower ?? '') && !CAPACITY_VERBS.has(tokens[i - 1]?.lower ?? '')) {
      add(t, after, 'upper bound');
      i += 2;
      continue;
    }
    // "held 1 m away": a spaced "m" is metres; "m" stands for million only after a currency sign ("£40 m").
    const metres = next?.lower === 'm' && !CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? '');
    if (t.kind === 'number' && next && MULTIPLIERS.has(next.lower) && !metres && !UNITS.has(after?.lower ?? '') && !SIZE_COMPOUNDS.has(after?.lower ?? '') && !methodOfSurvey(tokens, i)) {
      add(t, next, 'count');
      i++;
      continue;
    }
    // "$3million", "past the $1billion mark": the multiplier written on to the digits.
    if (t.kind === 'number' && GLUED_MULTIPLIER.test(t.text) && !SIZE_COMPOUNDS.has(next?.lower ?? '')) {
      add(t, t, 'count');
      continue;
    }
    if (isLargeCount(t) && !unitAfter(tokens, i) && !methodOfSurvey(tokens, i)) {
      add(t, t, 'count');
      continue;
    }
    const hedged = hedgedCountStart(tokens, i);
    if (hedged >= 0 && !methodOfSurvey(tokens, i)) {
      // "performed more than 500 times": the count of occasions takes its noun.
      const times = next?.lower === 'times';
      add(tokens[hedged], times ? next : t, 'count');
      if (times) i++;
      continue;
    }
    if (averageAt >= 0 && t.kind === 'number' && next && UNITS.has(next.lower) && !ERA_UNITS.has(next.lower) && !/^(1[5-9]|20)\d\d$/.test(t.text)) {
      add(t, next, 'average');
      i++;
      continue;
    }
  }
  return found;
}

export const unsourcedStatistic: Rule = {
  id: 'unattributed/unsourced-statistic',
  category: 'unattributed',
  defaultSeverity: 'warning',
  description: 'A figure with no source: "61%", "nine in ten", "doubled", "3 million"',
  span: 'the figure: "61%", "40 percent", "Nine in ten", "doubled", "tripled", "up to 5,000", "up to four", "two-thirds"; large counts such as "3 million people" ("3 million"); a hedged count with its hedge ("more than 300", "About 900", and "more than 500 times" for occasions); a measurement after "the average" or "on average" with its unit ("2.5 years")',
  message: (flagged) => `The figure "${flagged}" is stated as fact with no source; say where it comes from.`,
  why: 'A number without a source cannot be checked, and readers cannot tell its year, method or population.',
  guideline: 'Wikipedia WP:V (figures need a citation); AP: attribute statistics and say who produced them',
  fixes: ['citation-needed'],
  clearedBy: 'attribution',
  rewrite: (sentence) => appendAttribution(sentence, 'according to [source, year]'),
  scan: scanStatistics,
  examples: {
    flag: ['Oats have twice the protein of rice.', 'Rents fell by a third after the mill closed.', 'Discounters hold a fifth of the market.', 'Half of the new homes are empty.', 'One household in four owns a boat.', 'Sea temperatures have risen by 1.5 °C since 1990.', 'Flooding costs the county £40 million a year.', 'The number of ferry passengers will triple by 2030.', 'A season ticket is less than half the price of ten single tickets.', 'The new drug costs 200 times as much as aspirin.', 'Nine in ten voters oppose the bypass.', 'Turnout reached 61% on Sunday.', 'Ticket prices have doubled since the stadium opened.', 'Reply rates to council letters have halved since 2015.', 'Up to 5,000 fans are expected.', 'About 40 percent of the harvest was lost.', 'The fund raised 3 million euros.', 'Two-thirds of the staff signed the letter.', 'Fares now cost a third more than they did in 2019.', 'That is less than half the price of a new boiler.',
      'Otters can have up to three cubs a year.', 'The average ferry is scrapped after 30 years.', 'On average a commuter waits 14 minutes for a tram.',
      'We know that 80% of anglers want the weir removed.', 'If we plant 5,000 trees, the valley will flood less.', 'Patients may lose up to 8% of their weight.',
      'Bus fares went from £2 to £3 last spring, and 40% of riders gave up the bus.', 'Nearly 70% of cotton is grown with pesticides.',
      'The toll rose by 20%, and we raised £4,000 for the lifeboat.',
      'The museum owns more than 400 clocks.', 'About 250 boats moor in the harbour each summer.', 'The band played the anthem more than 200 times.',
      'Nearly 600 pupils sat the exam.', 'Rennick has more than 200 listed buildings.', 'Every month of delay adds about £3 million to the bill.',
      'Donations to the fund have passed the $2billion mark.', 'Among young farmers the suicide rate was 10 times the national average.', 'Fares rose 5%, well above the 2% target.',
      'Many firms want to hire 5,000 apprentices.', 'About 10000 people came to the fair.', 'In Ohio, many firms plan to cut 40% of jobs.', 'Their plans to close 40% of branches worry the town.', 'The claim that 90 percent of letters were answered is wrong.',
      'Councillor Ruiz\'s claim that 90 percent of letters were answered was disputed, and 40% of them were late.', 'The treasurer was accused of diverting $4 million to a holiday home.', 'The ferry sank with 300 people on board, and the mine has since laid off half of its staff.'],
    pass: ['Turnout was 61%, according to the electoral commission.', 'The siege ended in 1453.', 'The tower is 1,200 metres from the shore.', 'The gym doubled as a shelter during the storm.', 'She lives at 14 Mill Lane.', 'The first 3 chapters are free.', 'The tractor costs £52,000, or £1,400 a month to rent.', 'She rang the bell three times and left.', 'The recipe serves half the table.', 'The walk takes a quarter of an hour.', 'Shares in the bank closed 4% higher on Friday.', 'The second half of the match was dull.', 'One player in the squad is injured.', 'The flat is let at £1,050 a month.', 'For my £400,000 I would take the cottage.', 'She rang twice and left.',
      'The trust is registered as company number 4410872.', 'See Reg. No. 20931 for the deed.',
      'We handed out 9,300 school uniforms this year, up from 7,100 the year before.', 'We have tripled the number of beds to 36.',
      'Our summer book appeal raised £18,500.', 'Our turnover was £212,000 and our costs were £198,000.', 'We now employ four staff, and their wages were 22% of our costs.',
      'The fare went from £2.40 to £2.70, a rise of 12.5%.', 'Tolls went from 40 to 50 pence, up 25%.', 'The jacket is made from 60% recycled nylon.',
      'Each member may bring up to two guests.', 'The average of the two readings is given in the appendix.',
      'Children over 12 may ride alone.', 'The mill was rebuilt around 1850 by the estate.', 'It took about 40 minutes to walk there.', 'The kettle has a 3,000-watt element.',
      'They built a 1,200-seat theatre on the quay.', 'Stand 2 m from the speaker.', 'The study has 80% power to detect a fall of 5 points.',
      'We will recruit 2,400 pupils from 40 schools in 2028.', 'The hall seats about 400 people.', 'The hut sleeps up to 12 walkers.', 'Each barrel holds about 1,000 herring.', 'The engine stalled for more than half a second.', 'Our clinic carries out about 3,000 scans a year.', 'That is about one crate in five, and on the top shelf it was more than half.', 'That means 120 visits and about 600 tests.', 'RESOLVED that the hall fee be set at £1,450, an increase of 4%.', 'Call 01632 960418 for details.', 'The label gives 13% alcohol.', 'The new pump, fitted in May, cost £4,200.', 'We propose a pilot in 1,500 homes across the county.', 'We request £240,000 over three years.', 'The survey covered 40 farms in three valleys.',
      'Under the club rules, at least 40% of members must vote.', 'A dry parish is defined as one where at least 60 percent of voters backed the ban.',
      'Only 30 percent of the trustees are required to attend — with another 10 percent voting by post — before a motion passes.',
      'The regulator accused the treasurer of diverting $4 million to a holiday home.', 'A complaint filed by the regulator names the treasurer. He was accused of diverting $4 million.',
      'The treasurer was charged by the Crown with taking 2,000 tonnes of grain.', 'That brings the appeal\'s total to $2 million.',
      'Councillor Ruiz wants to build 2,000 new homes by 2030.', 'Councillor Ruiz touted her proposals to invest $2 billion in rail.',
      'Councillor Ruiz\'s claim that 90 percent of the letters were answered is disputed.', 'The mayor\'s estimate that 4,000 homes are empty was repeated.',
      'The Harland network — which aims to spend $900 million — met in May.', 'The Ruiz campaign opened an office, with plans to spend $4 million.', 'The ferry serves a town of about 4,000 on the far shore.', 'She spoke to a crowd of about 3,000 in the square.',
      'The 40,000-member union backed the strike.', 'The 1.2 million member guild backed the strike.', 'The poll surveyed 2,000 adults, with a margin of error of 3 percentage points.',
      'The district marks its 150th anniversary in two years.', 'The bank kept its inflation target of 2 percent.',
      'The council passed Bill 10452 on Tuesday.', 'The index closed at 18,144, down 1.2 percent.', 'The appeal, No. 16-14523, is pending.', 'Ms Okafor, 61, runs the bakery.', 'The heats of 2024 in three pools were close.',
      'It takes 1,200 votes to win the seat.', 'She needs 60 percent of the members to pass the motion.'],
  },
};
