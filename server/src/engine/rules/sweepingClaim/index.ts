// "The largest protest in history", "the first woman to", "always", "was behind": big claims, no
// source. A rule folder: the phrase table with its examples (here), its word lists (lexicon.ts) and
// its own guards (guards.ts), beside the shared guards of guards/.

import { MatchView, type Candidate, type Rule } from '../rule';
import { isCapitalized, type Token } from '../../text/tokens';
import { appendAttribution } from '../rewrite';
import { GUARDS } from '../../guards';
import { COGNITION, EFFECT_NOUNS, EXPERIENCE_LIST, POSSESSORS, SHARE_WORDS, SUPERLATIVE_LIST } from './lexicon';
import { allAffected, changeRanking, everOrYetFollows, habitDenied, noOther, onlyOne, ordinalClaim, rankedInScope, superlativeFollows, superlativeWord, toldOrHypothetical } from './guards';

/**
 * "Europe's largest fleet", "Yorkshire's oldest inn": a measurable record scoped by a named
 * possessor, as "the world's largest" is by a listed one. Judgements ("Trump's most formidable
 * opponent", "their best hope") and family ranks ("his eldest daughter") describe rather than claim
 * a record, and measured on PolNeAR's train split they were no request for a source: left alone.
 */
function scanPossessiveSuperlatives(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const owner = tokens[i];
    if (!RECORDS.has(tokens[i + 1].lower) || !isCapitalized(owner) || !/['\u2019]s$/.test(owner.text) || tokens[i - 1].lower === 'the') continue;
    const view = new MatchView(tokens, i, i + 2);
    if (GUARDS.ownJudgement.holds(view)) continue;
    found.push({ offset: owner.start, length: tokens[i + 1].end - owner.start });
  }
  return found;
}

/** Superlatives of size, age, amount and rank that a record book could hold. */
// Not "highest" or "lowest": "her highest ideals", "its lowest point" are figures of speech as often as records.
const RECORDS: ReadonlySet<string> = new Set(['largest', 'biggest', 'oldest', 'tallest', 'longest', 'smallest', 'richest', 'wealthiest', 'busiest', 'deadliest', 'fastest', 'heaviest', 'costliest', 'poorest', 'largest-ever', 'best-selling', 'most-visited', 'most-watched']);

export const sweepingClaim: Rule = {
  id: 'unattributed/sweeping-claim',
  category: 'unattributed',
  defaultSeverity: 'warning',
  description: 'Superlatives, firsts, universals, blame, unsourced: "the largest", "never", "was behind"',
  span: 'the cue: "the largest" (or any "-est" superlative: "the sharpest", or a compound led by one: "the best-value"), a possessive with its superlative ("the world\'s largest", "the school\'s longest-serving", "Europe\'s largest"), "the first" (as a claim), "the only", "the most" + adjective ("the most popular"), "the best", "a record", "always", "never", "everyone", "no one", "no other", "all experts", "is responsible for", "was behind"',
  message: (flagged) => `"${flagged}" makes a sweeping claim with no source in the sentence.`,
  why: 'Superlatives, firsts, universals and claims of blame are the statements readers most often doubt; they need a source right where they are made.',
  guideline: 'Wikipedia WP:V and MOS:PUFFERY; AP: attribute disputable facts in the same sentence',
  fixes: ['citation-needed'],
  clearedBy: 'attribution',
  rewrite: (sentence) => appendAttribution(sentence),
  scan: scanPossessiveSuperlatives,
  examples: {
    flag: ["Norway has Europe's largest fleet of electric ferries.", "The Swan is Kettleby's oldest inn."],
    pass: ['She met her oldest friend at the station.', "The mayor's most formidable rival spoke first.", "For me, it is Yorkshire's oldest pie shop.", "Kettleby's latest timetable is on the wall.", "Ruiz's eldest daughter runs the shop."],
  },
  phrases: {
    classes: {
      possessors: POSSESSORS,
      superlative: SUPERLATIVE_LIST,
      holders: ['experts', 'scientists', 'historians', 'scholars', 'economists', 'doctors', 'critics', 'analysts'],
      blameBe: ['was', 'were', 'is', 'are', 'has been', 'have been'],
      experience: EXPERIENCE_LIST,
      blameDegree: ['largely', 'solely', 'directly', 'partly', 'chiefly', 'mainly', 'ultimately', 'personally', 'allegedly'],
    },
    entries: [
      {
        pattern: 'the @superlative',
        // "the most popular": the adjective is part of the claim.
        extend: (m) => (['most', 'least'].includes(m.words[1]) && m.after()?.kind === 'word' ? 1 : 0),
        flag: ['It was the largest protest in the country\'s history.', 'The biggest known nugget was dug up at Dunmore in 1921.', 'The bakery sells the best bread in the world.', 'It is one of the oldest bridges in Europe.', 'The storm was the deadliest since records began.', 'For babies, the greatest danger at home is a loose blind cord.', 'It was the biggest change in Harland\'s tax law since 1971.',
          'It was the most recorded folk song of the 1960s.', 'Chapels were the most important meeting places for farming families before 1900.', 'Asthma is the most common long-term illness in children.', 'He is the most capped goalkeeper in non-league football.', 'Otters are the most playful animals on the river.'],
        pass: ['It was the largest protest since 1989, according to police estimates.', 'The tallest of the three sisters plays the cello.', 'Most of the shops close at six.', 'The largest difference in the Mark II is the heavier boiler.',
          'For my money, it is the best pie in the county.', 'It was the best soup I ate in the whole of Spain.', 'The cheapest of the four flats I saw was in the old town.', 'These are the best seats in the house.'],
        requires: [rankedInScope],
        guards: ['ownJudgement', changeRanking],
      },
      {
        // "the sharpest", "the rarest": any superlative by its shape, under the same conditions.
        pattern: 'the',
        extend: () => 1,
        flag: ['The screen is the crispest display on the market.', 'It is the rarest orchid in the county.', 'It is the best-known cave in the county.', 'Cotton towels are the softest choice.'],
        pass: ['The rangers walked through the forest in the north of the county.', 'The latest timetable is on the station wall in the town.', 'The sharpest of the three knives is on the left.',
          'The grip is the firmest I have tested on any kettle.', 'The plan assumes the worst-case flood in the valley.'],
        // The cue is two words, "the" and the superlative after it, and the guards are asked of both:
        // a one-word pattern cannot name every superlative, so this check stays a closure.
        when: (m) => {
          if (!superlativeWord(m.wordAfter()) || m.after()?.kind !== 'word') return false;
          const view = new MatchView(m.tokens, m.first, m.first + 2);
          return rankedInScope.holds(view) && !GUARDS.ownJudgement.holds(view) && !changeRanking.holds(view);
        },
      },
      {
        // "the world's most advanced", "the school's longest-serving": the possessive is the scope.
        pattern: 'the @possessors',
        extend: (m) => (m.after()?.kind !== 'word' ? 0 : ['most', 'least'].includes(m.wordAfter()) && m.after(2)?.kind === 'word' ? 2 : 1),
        flag: ["It is the world's largest salt mine.", "The firm makes the country's most popular bicycle.", "He was the club's longest-serving captain.", "The chapel is the parish's oldest building.", "It is the valley's best-known walk."],
        pass: ["It is the world's largest salt mine, according to the mining board.", "For me it is the city's finest bakery.", "The school's second-largest hall was shut.", "The club's latest signing is a goalkeeper."],
        requires: [superlativeFollows],
        guards: ['ownJudgement'],
      },
      {
        pattern: 'the first|only',
        flag: ['She was the first woman to climb the north face.', 'It is the only covered bridge in the world still carrying trains.', 'It is now the only village in the valley with a cinema.', 'This survey is the first to measure noise on the estate.', 'The newt is the only amphibian native to the island.', 'It is the only fern endemic to the gorge.', 'She is the only one to have rowed it twice.', 'This engine is the only one that still runs on coal.', 'Kelso Academy was the first school in Wales to lock phones away for the whole day.', 'The ferry would be the first service to carry bikes free.'],
        pass: ['The first chapter describes the harbour.', 'Our first stop is the museum.', 'This is the first time the choir has toured.', 'He was the only child of a weaver.', 'She has run the bakery opposite the first stop since 1998.', 'This is the only price in the two-sector model that falls.', 'The smallest estimate is the only one that uses tax records.', 'Tea is the only drink allowed in the hour before the scan.', 'The update also comes to the first Brio as a free download in May.'],
        requires: [ordinalClaim],
        guards: ['ownJudgement'],
      },
      {
        // "more passengers than any other line": a comparison with everything is a superlative.
        pattern: 'than any other|anyone|anything|ever',
        flag: ['The ferry carries more cars than any other route on the coast.'],
        pass: ['"It is busier than ever," the harbour master said.', 'The page had more visits than any other page on our website.'],
        // "than any other page on our website": a ranking over the writer's own things.
        guards: ['writerAfter'],
      },
      {
        pattern: 'first-ever|record-breaking|unprecedented|all-time_high|all-time_low|never_before',
        flag: ['The festival drew record-breaking crowds.', 'Prices hit an all-time high in March.', 'The flood caused unprecedented damage.'],
      },
      {
        pattern: 'a record',
        flag: ['A record 40,000 runners took part.', 'The airport handled a record number of passengers.', 'That was a record for a Scottish cheese at auction.'],
        pass: ['She kept a record of every visitor.', 'The clerk keeps a record for each meeting.'],
        // "That was a record for a British pinot": the record itself, after "be".
        when: (m) => m.after()?.kind === 'number' || ['number', 'high', 'low', 'crowd', 'turnout', 'amount', 'year', 'season', 'attendance', 'sum', 'total'].includes(m.wordAfter()) || (['was', 'is', 'were', 'are', "'s"].includes(m.wordBefore()) && ['for', 'in', 'at'].includes(m.wordAfter())),
      },
      {
        pattern: 'always|never',
        flag: ['The river has never flooded the old town.', 'The festival has always been free.', 'The chairman has never answered the letters.', 'Never has the harbour been so full.', 'Always popular with walkers, the ridge path is now closed.', 'The ferry never runs on time.'],
        pass: ['The chairman never answered the letters that week.', 'The mayor had never been inside the plant before the visit.', 'The question of fares never came up.', 'Most commuters would never pay that much.', 'The council will never agree to it, she said.', 'I have walked this path a hundred times, always in the rain.', 'As always, the choir sang last.', 'You never know what the tide will bring.', 'I never saw the lighthouse lit.', 'Always label the jars with the date you filled them.', 'We heard a rattle on three of our 30 test drives, and it never lasted long.', 'Never leave a dog in a parked car, even for a few minutes.', 'Never give the dog chocolate.', 'Never drive after taking the tablets.', 'One rule for the kiln: never lift the lid while it is hot.'],
        // The writer's own habits ("I never saw", "I have baked it ..., always in the same tin"),
        // idioms ("as always", "never mind"), questions and instructions are not claims.
        // A told story ("had never been", "never came up") and a hypothetical ("would never") claim no rule.
        notAfter: ['as', 'i', 'we', 'you', 'almost', 'nearly'],
        notBefore: ['mind', 'ever'],
        guards: ['writerBefore', 'instruction', toldOrHypothetical],
      },
      {
        pattern: 'everyone|everybody|no_one|nobody',
        flag: ['Everyone knows the pier is unsafe.', 'No one disputes that the harbour needs dredging.', 'Everyone in the village knew about the tunnel.', 'After the injection, no one feels any pain.'],
        pass: ['No one was hurt in the fire, the fire service said.', 'Everyone in the village came to the fair.'],
        onlyBefore: { words: COGNITION, within: 5 },
      },
      {
        // "No one else makes violins like these": a claim to be the only one, as "the only" is.
        pattern: 'no_one|nobody else',
        flag: ['No one else in the league trains this hard.', 'Nobody else makes violins like these.', 'No one else in the trade sells spare parts for ten years.', 'Nobody else stocks the old brass fittings.', 'In the 1950s she studied lichens, which no one else in Norway was doing.'],
        pass: ['No one else was on the platform when I arrived.', 'Nobody else came to the door.', 'No one else in the room spoke.', 'Nobody else has a key to the shed.'],
        requires: [onlyOne],
        guards: ['writerBefore', 'writerAfter'],
      },
      {
        // "No one has ever crossed the bay in winter", "No one at the mill has yet explained": a record
        // claimed for all time, also after a phrase that narrows "no one".
        pattern: 'no_one|nobody',
        flag: ['No one has ever crossed the bay in winter.', 'No one at the depot has ever been fined for it.', 'Nobody has yet found the source of the spring.'],
        pass: ['No one had ever told me about the tunnel.', 'No one at the depot has been fined, the company said.', 'No one in the office had yet heard from us.'],
        requires: [everOrYetFollows],
        guards: ['writerAfter'],
      },
      {
        // "No other bakery on the coast sells rye": a claim to be the only one, as "the only" is.
        pattern: 'no other',
        flag: ['No other ferry on the coast carries bicycles free.', 'No other kettle at this price boils so quietly.', 'No other feature film has been shot on the island.'],
        pass: ['No other injuries were reported.', 'No other passengers were on board.', 'No other bakery I know sells rye.', 'No other details were given.', 'No other guests had arrived by then.'],
        requires: [noOther],
        guards: ['writerBefore', 'writerAfter'],
      },
      {
        // "No one in Kettleby uses the Sunday bus": a habit denied of everyone, in the present.
        pattern: 'no_one|nobody',
        flag: ['No one in Dunmore uses the old ferry.', 'Nobody on the estate walks to work.'],
        pass: ['No one is sure when the mill closed, the parish records say.', 'No one was hurt.', 'No one on my street uses the old ferry.', 'The garden suffers if no one waters it in July.'],
        // "if no one takes the time": a condition, not a claim.
        requires: [habitDenied],
        guards: ['condition', 'writerBefore', 'writerAfter'],
      },
      {
        // "No one in the town was untouched by the trade": a double negative that says everyone was.
        pattern: 'no_one|nobody',
        flag: ['No one in the valley was untouched by the closures.', 'Nobody on the estate remained unaware of the plan.', 'No one in the county is immune to the rise in fares.'],
        pass: ['No one was hurt in the fire.', 'No one in the crew was under 30, the captain said.', 'No one on my street was unaware of the meeting.'],
        requires: [allAffected],
        guards: ['writerBefore', 'writerAfter'],
      },
      {
        // "No one who climbs the tower regrets it": the same claim about everyone's experience, negated.
        pattern: 'no_one|nobody',
        flag: ['No one who climbs the tower regrets the steps.', 'Nobody who has tasted the cheese forgets it.'],
        pass: ['No one who came to the fair went home empty-handed, the organisers said.', 'No one who walked the route with me was hurt.'],
        onlyIf: [{ pattern: 'who|that has|have? @experience', after: 3, adjacent: true }],
        guards: ['writerBefore', 'writerAfter'],
      },
      {
        // "Everyone who tries the bread comes back": what everyone's experience is, as a fact.
        pattern: 'everyone|everybody|anyone|anybody who|that has|have? @experience',
        flag: ['Everyone who tries the bread comes back for more.', 'Anyone who has visited the gorge will tell you it is worth the climb.'],
        pass: ['Everyone who came to the fair got a ribbon.'],
        cueAt: 'first',
        guards: ['writerBefore'],
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
        notBefore: ['tram', 'bus', 'car', 'house', 'wall', 'door', 'curtain', 'wheel', 'bar', 'counter', 'times', 'scenes', 'building', 'church', 'school', 'station'],
      },
      {
        pattern: 'is|was|were|are to blame',
        flag: ['The new bridge is to blame for the traffic.'],
      },
    ],
  },
};
