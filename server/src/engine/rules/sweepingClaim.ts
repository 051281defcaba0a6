// "The largest protest in history", "the first woman to", "always", "was behind": big claims, no source.

import type { Rule, MatchView } from './rule';
import { isCapitalized } from '../text/tokens';
import { appendAttribution } from './rewrite';

const SCOPE_WORDS = new Set(['ever', 'since', 'history', 'world', 'country', 'nation', 'anywhere', 'record', 'memory', 'planet', 'universe', 'continent', 'europe', 'africa', 'asia', 'america', 'state', 'region', 'kingdom', 'empire', 'century', 'decade', 'generation', 'county', 'province', 'league', 'sport', 'recorded', 'available', 'market',
  'city', 'town', 'village', 'district', 'borough', 'parish', 'island', 'valley', 'sector', 'industry', 'profession', 'north', 'south', 'east', 'west', 'any']);

/** The superlative is given a scope that makes it a checkable claim: "in history", "ever", "since 1989". */
function scoped(m: MatchView): boolean {
  if (m.wordBefore() === 'of' && m.wordBefore(2) === 'one') return true;
  const ahead = m.wordsAfter(8);
  for (let i = 0; i < ahead.length; i++) {
    const w = ahead[i].lower;
    if (SCOPE_WORDS.has(w)) return true;
    if (w === 'time' && ahead[i - 1]?.lower === 'all') return true;
    if (w === 'date' && ahead[i - 1]?.lower === 'to') return true;
    // "in the north of England", "in Wales": a named place or body sets the scope.
    if (isCapitalized(ahead[i]) && ahead.slice(0, i).some((t) => t.lower === 'in' || t.lower === 'of' || t.lower === 'on')) return true;
  }
  return false;
}

/**
 * "For me it is the best scene", "in my view the finest": the writer's own judgement, framed as one,
 * is a critic's opinion and not a claim about the world.
 */
function framedAsOwnOpinion(m: MatchView): boolean {
  // "the only response I have read that ...": bounded by the writer's own experience.
  const ahead = m.wordsAfter(8);
  for (let i = 0; i + 1 < ahead.length; i++) {
    if (ahead[i].lower === 'i' && ['have', "'ve", 'had'].includes(ahead[i + 1].lower) && ['read', 'seen', 'heard', 'met', 'tried', 'visited', 'tested', 'eaten', 'used', 'watched', 'known'].includes(ahead[i + 2]?.lower ?? '')) return true;
  }
  // The frame opens the clause; looking back a bounded distance keeps long sentences linear.
  for (let i = m.first - 1; i >= 0 && i >= m.first - 15; i--) {
    const w = m.tokens[i].lower;
    const next = m.tokens[i + 1]?.lower ?? '';
    if (w === 'me' && ['for', 'to'].includes(m.tokens[i - 1]?.lower ?? '')) return true;
    if (w === 'my' && ['view', 'opinion', 'eyes', 'book', 'mind', 'estimation'].includes(next)) return true;
    if (w === 'i' && ['think', 'thought', 'find', 'found', 'believe', 'consider', 'reckon', 'would', "'d"].includes(next)) return true;
  }
  return false;
}

/** The clause before the match is about the writer: "I have baked it 23 times, always ...". */
function firstPersonClause(m: MatchView): boolean {
  for (let i = m.first - 1; i >= 0 && i >= m.first - 12; i--) if (['i', 'we'].includes(m.tokens[i].lower)) return true;
  return false;
}

// What "everyone" and "no one" are said to know or think: the universal is the claim.
const COGNITION = new Set(['knows', 'knew', 'agrees', 'agreed', 'believes', 'believed', 'thinks', 'thought', 'doubts', 'doubted', 'disputes', 'disputed', 'denies', 'denied', 'understands', 'understood', 'expects', 'expected', 'remembers', 'remembered', 'questions', 'questioned', 'loves', 'loved', 'wants', 'wanted', 'likes', 'liked', 'accepts', 'accepted', 'recognizes', 'recognises', 'recognized', 'recognised', 'trusts', 'trusted', 'suspects', 'suspected']);

const ACHIEVEMENT_VERBS = new Set([
  'be', 'win', 'reach', 'climb', 'cross', 'use', 'receive', 'become', 'hold', 'make', 'have', 'achieve', 'introduce', 'publish', 'offer', 'build', 'fly', 'walk',
  'run', 'sail', 'discover', 'describe', 'record', 'perform', 'score', 'sign', 'travel', 'visit', 'complete', 'design', 'develop', 'create', 'establish', 'host',
  'launch', 'land', 'lead', 'earn', 'serve', 'appear', 'feature', 'sell', 'produce', 'adopt', 'ban', 'allow', 'legalize', 'legalise', 'elect', 'award', 'recognize',
  'recognise', 'play', 'release', 'open', 'enter', 'graduate', 'set', 'break', 'teach', 'write', 'translate', 'compose', 'invent', 'survive', 'swim', 'perform',
  'identify', 'observe', 'prove', 'map', 'photograph', 'broadcast', 'stage', 'top', 'do', 'go', 'see', 'use', 'defeat', 'beat', 'finish', 'qualify', 'study',
  // Claims of novelty in research: "the first to estimate", "the only study to measure".
  'estimate', 'examine', 'show', 'document', 'measure', 'test', 'analyse', 'analyze', 'investigate', 'demonstrate', 'quantify', 'explore', 'link', 'sequence',
]);

// Comparisons that make "no one else ..." a claim to be the only one.
const COMPARISON = new Set(['like', 'as', 'than', 'this', 'so', 'such', 'better', 'more', 'quite', 'way']);

/** What a claim of blame is about: a share of something, or a change ("responsible for most of the rise"). */
const SHARE_WORDS = new Set(['most', 'much', 'half', 'nearly', 'almost', 'roughly', 'about', 'around', 'over', 'more', 'two-thirds', 'three-quarters']);
const EFFECT_NOUNS = new Set(['rise', 'fall', 'increase', 'decrease', 'decline', 'drop', 'growth', 'recovery', 'surge', 'spread', 'outbreak', 'deaths', 'collapse', 'loss', 'losses', 'damage', 'failure', 'shortage', 'crisis', 'slump', 'boom', 'delays', 'fire', 'attack', 'attacks', 'leak', 'crash']);

/** "the first woman to climb", "the only town in the county": an ordinal used as a claim, not a count. */
function firstAsClaim(m: MatchView): boolean {
  // "the First World War", "the First Minister": part of a name.
  if (isCapitalized(m.token(1))) return false;
  if (['time', 'day', 'week', 'year', 'month', 'half', 'round', 'stop', 'chapter', 'page', 'step', 'part', 'floor', 'act', 'scene', 'phase', 'stage', 'season', 'edition', 'issue', 'episode', 'volume', 'leg', 'match', 'game', 'quarter', 'period', 'term', 'draft', 'batch', 'wave', 'line', 'paragraph', 'section', 'count', 'ballot', 'vote', 'reading', 'attempt', 'try', 'test', 'sample', 'visit', 'course', 'layer', 'coat', 'room', 'house', 'door', 'bend', 'lap', 'mile', 'minute', 'hour', 'night', 'morning'].includes(m.wordAfter())) return false;
  const only = m.words[1] === 'only';
  const ahead = m.wordsAfter(7);
  for (let i = 0; i < ahead.length; i++) {
    const w = ahead[i].lower;
    if (w === 'ever' || w === 'known') return true;
    if (w === 'to' && ACHIEVEMENT_VERBS.has(ahead[i + 1]?.lower ?? '')) return true;
    // "the only town in the county", "the first of its kind": exclusivity within a stated scope.
    // ("in this exhibition", "in this room": the writer's own surroundings, not a claim.)
    if (w === 'in' && ['this', 'these'].includes(ahead[i + 1]?.lower ?? '')) return false;
    if (w === 'in' && ['the', 'its', 'their', 'his', 'her'].includes(ahead[i + 1]?.lower ?? '') && (only || SCOPE_WORDS.has(ahead[i + 2]?.lower ?? ''))) return true;
    if (w === 'of' && ahead[i + 1]?.lower === 'its' && ahead[i + 2]?.lower === 'kind') return true;
    // "the only vaccine that protects against both strains": exclusivity stated as fact.
    if (only && i > 0 && ['that', 'which', 'who'].includes(w)) return true;
    if (SCOPE_WORDS.has(w) && w !== 'since') return true;
  }
  return false;
}

export const sweepingClaim: Rule = {
  id: 'unattributed/sweeping-claim',
  category: 'unattributed',
  defaultSeverity: 'warning',
  message: (flagged) => `"${flagged}" makes a sweeping claim with no source in the sentence.`,
  why: 'Superlatives, firsts, universals and claims of blame are the statements readers most often doubt; they need a source right where they are made.',
  guideline: 'Wikipedia WP:V and MOS:PUFFERY; AP: attribute disputable facts in the same sentence',
  fixes: ['citation-needed'],
  clearedBy: 'attribution',
  rewrite: (sentence) => appendAttribution(sentence),
  phrases: {
    classes: {
      superlative: ['largest', 'biggest', 'oldest', 'tallest', 'longest', 'highest', 'fastest', 'richest', 'deadliest', 'greatest', 'best', 'worst', 'smallest', 'lowest', 'youngest', 'strongest', 'busiest', 'wealthiest', 'finest', 'heaviest', 'hottest', 'coldest', 'wettest', 'driest', 'costliest', 'poorest', 'safest', 'cheapest', 'most', 'least', 'best-selling', 'most-watched', 'most-visited', 'largest-ever', 'worst-ever'],
      holders: ['experts', 'scientists', 'historians', 'scholars', 'economists', 'doctors', 'critics', 'analysts'],
      blameBe: ['was', 'were', 'is', 'are', 'has been', 'have been'],
      // What everyone who has had the experience is said to find: "Everyone who tries it".
      experience: ['tries', 'tried', 'tastes', 'tasted', 'visits', 'visited', 'meets', 'met', 'reads', 'read', 'hears', 'heard', 'sees', 'seen', 'uses', 'used', 'knows', 'known', 'eats', 'eaten', 'drinks', 'drunk', 'stays', 'stayed', 'plays', 'played', 'buys', 'bought', 'owns', 'owned', 'watches', 'watched'],
      blameDegree: ['largely', 'solely', 'directly', 'partly', 'chiefly', 'mainly', 'ultimately', 'personally', 'allegedly'],
    },
    entries: [
      {
        pattern: 'the @superlative',
        // "the most popular": the adjective is part of the claim.
        extend: (m) => (['most', 'least'].includes(m.words[1]) && m.after()?.kind === 'word' ? 1 : 0),
        flag: ['It was the largest protest in the country\'s history.', 'The bakery sells the best bread in the world.', 'It is one of the oldest bridges in Europe.', 'The storm was the deadliest since records began.'],
        pass: ['It was the largest protest since 1989, according to police estimates.', 'The tallest of the three sisters plays the cello.', 'Most of the shops close at six.'],
        when: (m) => scoped(m) && !framedAsOwnOpinion(m),
      },
      {
        // "the world's most advanced": the possessive is the scope.
        pattern: "the world's|nation's|country's|continent's|planet's|region's|industry's|city's|county's|state's @superlative",
        extend: (m) => (['most', 'least'].includes(m.words[2]) && m.after()?.kind === 'word' ? 1 : 0),
        flag: ["It is the world's largest salt mine.", "The firm makes the country's most popular bicycle."],
        pass: ["It is the world's largest salt mine, according to the mining board.", "For me it is the city's finest bakery."],
        when: (m) => !framedAsOwnOpinion(m),
      },
      {
        pattern: 'the first|only',
        flag: ['She was the first woman to climb the north face.', 'It is the only covered bridge in the world still carrying trains.', 'It is now the only village in the valley with a cinema.', 'This survey is the first to measure noise on the estate.'],
        pass: ['The first chapter describes the harbour.', 'Our first stop is the museum.', 'This is the first time the choir has toured.', 'He was the only child of a weaver.', 'She has run the bakery opposite the first stop since 1998.'],
        when: (m) => firstAsClaim(m) && !framedAsOwnOpinion(m),
      },
      {
        // "more passengers than any other line": a comparison with everything is a superlative.
        pattern: 'than any other|anyone|anything|ever',
        flag: ['The ferry carries more cars than any other route on the coast.'],
        pass: ['"It is busier than ever," the harbour master said.'],
      },
      {
        pattern: 'first-ever|record-breaking|unprecedented|all-time_high|all-time_low|never_before',
        flag: ['The festival drew record-breaking crowds.', 'Prices hit an all-time high in March.', 'The flood caused unprecedented damage.'],
      },
      {
        pattern: 'a record',
        flag: ['A record 40,000 runners took part.', 'The airport handled a record number of passengers.'],
        pass: ['She kept a record of every visitor.'],
        when: (m) => m.after()?.kind === 'number' || ['number', 'high', 'low', 'crowd', 'turnout', 'amount', 'year', 'season', 'attendance', 'sum', 'total'].includes(m.wordAfter()),
      },
      {
        pattern: 'always|never',
        flag: ['The river has never flooded the old town.', 'The festival has always been free.', 'The chairman never answered the letters.'],
        pass: ['I have walked this path a hundred times, always in the rain.', 'As always, the choir sang last.', 'You never know what the tide will bring.', 'I never saw the lighthouse lit.'],
        // The writer's own habits ("I never saw", "I have baked it ..., always in the same tin"),
        // idioms ("as always", "never mind") and questions are not claims.
        when: (m) => !['as', 'i', 'we', 'you', 'almost', 'nearly'].includes(m.wordBefore()) && !['mind', 'ever'].includes(m.wordAfter()) && !firstPersonClause(m),
      },
      {
        pattern: 'everyone|everybody|no_one|nobody',
        flag: ['Everyone knows the pier is unsafe.', 'No one disputes that the harbour needs dredging.', 'Everyone in the village knew about the tunnel.'],
        pass: ['No one was hurt in the fire, the fire service said.', 'Everyone in the village came to the fair.'],
        when: (m) => m.wordsAfter(5).some((t) => COGNITION.has(t.lower)),
      },
      {
        // "No one else makes violins like these": a claim to be the only one, as "the only" is.
        pattern: 'no_one|nobody else',
        flag: ['No one else in the league trains this hard.', 'Nobody else makes violins like these.'],
        pass: ['No one else was on the platform when I arrived.', 'Nobody else came to the door.'],
        when: (m) => m.wordsAfter(8).some((t) => COMPARISON.has(t.lower)) && !firstPersonClause(m) && !m.wordsAfter(8).some((t) => ['i', 'me', 'we', 'us'].includes(t.lower)),
      },
      {
        // "No one has ever crossed the bay in winter": a record claimed for all time.
        pattern: 'no_one|nobody has|had ever',
        flag: ['No one has ever crossed the bay in winter.'],
        pass: ['No one had ever told me about the tunnel.'],
        trim: [0, 2],
        when: (m) => !m.wordsAfter(6).some((t) => ['me', 'us', 'i', 'we'].includes(t.lower)),
      },
      {
        // "Everyone who tries the bread comes back": what everyone's experience is, as a fact.
        pattern: 'everyone|everybody|anyone|anybody who|that has|have? @experience',
        flag: ['Everyone who tries the bread comes back for more.', 'Anyone who has visited the gorge will tell you it is worth the climb.'],
        pass: ['Everyone who came to the fair got a ribbon.'],
        cueAt: 'first',
        when: (m) => !firstPersonClause(m),
      },
      {
        pattern: 'all|every @holders agree|agreed|accept|accepted|believe',
        flag: ['All experts agree the vaccine is safe.'],
      },
      {
        pattern: '@blameBe @blameDegree? responsible for',
        flag: ['The militia was responsible for the attack on the convoy.', 'Cheaper fares are responsible for most of the rise in ridership.'],
        pass: ['The council is responsible for repairing the roads.', 'The harbour board is responsible for the lighthouse.'],
        // Blame, not duty: "is responsible for repairing" or "for the lighthouse" describes a job. In
        // the present tense only a share or a change ("most of", "the rise") makes it blame.
        when: (m) => {
          if (/ing$/.test(m.wordAfter())) return false;
          if (!['is', 'are'].includes(m.words[0])) return true;
          const object = m.wordAfter();
          return SHARE_WORDS.has(object) || m.after()?.kind === 'number' || (['the', 'a'].includes(object) && EFFECT_NOUNS.has(m.wordAfter(2)));
        },
      },
      {
        pattern: 'was|were @blameDegree? behind the',
        trim: [0, 1],
        flag: ['The rival gang was behind the fire at the depot.'],
        pass: ['The bus was behind the tram at the crossing.'],
        when: (m) => !['tram', 'bus', 'car', 'house', 'wall', 'door', 'curtain', 'wheel', 'bar', 'counter', 'times', 'scenes', 'building', 'church', 'school', 'station'].includes(m.wordAfter()),
      },
      {
        pattern: 'is|was|were|are to blame',
        flag: ['The new bridge is to blame for the traffic.'],
      },
    ],
  },
};
