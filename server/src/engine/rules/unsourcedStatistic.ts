// "Nine in ten voters", "61%", "doubled", "up to 5,000": figures stated as fact with no source.

import type { Candidate, Rule } from './rule';
import { appendAttribution } from './rewrite';
import type { Token } from '../text/tokens';

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
const PRICE_VERBS = new Set(['costs', 'retails', 'priced', 'sells']);
const CURRENCY_SYMBOLS = new Set(['$', '£', '€', '¥', '₹']);
const CURRENCY_WORDS = new Set(['dollars', 'euros', 'pounds', 'yen', 'francs', 'pence', 'cents', 'usd', 'eur', 'gbp']);
// "fell by a third", "a fifth of the market": a spelled-out share. Not "a quarter of an hour".
const FRACTION_WORDS = new Set(['third', 'quarter', 'fifth', 'sixth', 'tenth', 'thirds', 'quarters', 'fifths', 'tenths']);
const MEASURES_OF = new Set(['an', 'hour', 'hours', 'mile', 'miles', 'century', 'way', 'inch', 'cup', 'teaspoon', 'tablespoon', 'pint', 'pound', 'kilometre', 'kilometer', 'second', 'minute', 'day', 'page']);
// "have risen by 1.5 °C since 1990": a change by an amount, whatever its unit.
const CHANGE_BY_VERBS = new Set(['rose', 'risen', 'rises', 'fell', 'fallen', 'falls', 'increased', 'increases', 'decreased', 'dropped', 'grew', 'grown', 'climbed', 'declined', 'shrank', 'shrunk', 'jumped', 'soared', 'slumped', 'plunged', 'cut', 'reduced', 'raised', 'lowered', 'warmed', 'cooled']);
// Market data a reporter sees on the screen: "closed 9% higher", "opened 3% down".
const MARKET_VERBS = new Set(['closed', 'opened', 'ended', 'finished', 'traded', 'trading', 'closing']);
const FRACTIONS = new Set(['two-thirds', 'three-quarters', 'one-third', 'one-quarter', 'one-fifth', 'two-fifths', 'three-fifths', 'four-fifths', 'one-tenth', 'nine-tenths']);
// A figure with a unit is a measurement, checked differently from a claim about people or money.
const UNITS = new Set([
  'metres', 'meters', 'metre', 'meter', 'm', 'km', 'kilometres', 'kilometers', 'miles', 'mile', 'feet', 'ft', 'foot', 'inches', 'cm', 'mm', 'yards',
  'tonnes', 'tons', 'kg', 'kilograms', 'grams', 'g', 'lb', 'lbs', 'square', 'sq', 'hectares', 'acres', 'litres', 'liters', 'gallons', 'years', 'bc', 'bce',
  'ad', 'ce', 'volts', 'watts', 'mw', 'kw', 'gw', 'hp', 'horsepower', 'calories', 'kcal', 'degrees', 'pages', 'words', 'bytes', 'mb', 'gb', 'km2', 'kph', 'mph',
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'decades', 'centuries', 'bpm', 'hz', 'khz', 'mhz',
]);

function isNumberLike(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || SMALL_NUMBERS.has(token.lower));
}

/** A number written with thousands separators (4,000) or as a bare count of 1000 or more that is not a year. */
function isLargeCount(token: Token): boolean {
  if (token.kind !== 'number' || !/^\d[\d,]*$/.test(token.text)) return false;
  if (token.text.includes(',')) return Number(token.text.replace(/,/g, '')) >= 1000;
  const value = Number(token.text);
  return value >= 10000;
}

export function scanStatistics(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (first: Token, last: Token, detail: string) => found.push({ offset: first.start, length: last.end - first.start, detail });
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
      const half = next.lower === 'half' ? next : after!;
      add(t, half, 'fraction');
      i += next.lower === 'half' ? 1 : 2;
      continue;
    }
    // "twice the fibre of", "twice as many".
    if ((t.lower === 'twice' || t.lower === 'thrice') && (next?.lower === 'as' || (next?.lower === 'the' && after?.kind === 'word' && tokens[i + 3]?.lower === 'of'))) {
      add(t, t, 'ratio');
      continue;
    }
    if (isNumberLike(t) && next?.lower === 'times' && COMPARATIVE_AFTER_TIMES.has(after?.lower ?? '') && (after?.lower !== 'the' || ['price', 'cost', 'rate', 'size', 'amount', 'number'].includes(tokens[i + 3]?.lower ?? ''))) {
      add(t, next, 'ratio');
      i++;
      continue;
    }
    if (t.kind === 'number' && next && (next.text === '%' || PERCENT_WORDS.has(next.lower)) && MARKET_VERBS.has(tokens[i - 1]?.lower ?? '') && ['higher', 'lower', 'up', 'down'].includes(tokens[i + (next.text === '%' ? 2 : 2)]?.lower ?? '')) {
      i++;
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
      if (next.text === '%' && next.start - t.end <= 1) {
        add(t, next, 'percentage');
        i++;
        continue;
      }
      if (PERCENT_WORDS.has(next.lower) || (next.lower === 'per' && after?.lower === 'cent')) {
        const last = next.lower === 'per' ? after! : next;
        add(t, last, 'percentage');
        i += next.lower === 'per' ? 2 : 1;
        continue;
      }
    }
    // "one job in three", "one adult in five": a count with its noun inside the proportion.
    if (isNumberLike(t) && next?.kind === 'word' && after?.lower === 'in' && !isNumberLike(next) && (DENOMINATORS.has(tokens[i + 3]?.lower ?? '') || (tokens[i + 3]?.kind === 'number' && /^\d{1,3}$/.test(tokens[i + 3].text)))) {
      add(t, tokens[i + 3], 'proportion');
      i += 3;
      continue;
    }
    if (isNumberLike(t) && (next?.lower === 'in' || (next?.lower === 'out' && after?.lower === 'of'))) {
      const denominator = tokens[i + (next.lower === 'in' ? 2 : 3)];
      if (denominator && (DENOMINATORS.has(denominator.lower) || (denominator.kind === 'number' && /^\d{1,3}$/.test(denominator.text)))) {
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
    if (t.lower === 'up' && next?.lower === 'to' && after && (after.kind === 'number') && !UNITS.has(tokens[i + 3]?.lower ?? '')) {
      add(t, after, 'upper bound');
      i += 2;
      continue;
    }
    if (t.kind === 'number' && next && MULTIPLIERS.has(next.lower) && !UNITS.has(after?.lower ?? '')) {
      add(t, next, 'count');
      i++;
      continue;
    }
    if (isLargeCount(t) && !UNITS.has(next?.lower ?? '')) {
      add(t, t, 'count');
      continue;
    }
  }
  return found;
}

export const unsourcedStatistic: Rule = {
  id: 'unattributed/unsourced-statistic',
  category: 'unattributed',
  defaultSeverity: 'warning',
  message: (flagged) => `The figure "${flagged}" is stated as fact with no source; say where it comes from.`,
  why: 'A number without a source cannot be checked, and readers cannot tell its year, method or population.',
  guideline: 'Wikipedia WP:V (figures need a citation); AP: attribute statistics and say who produced them',
  fixes: ['citation-needed'],
  clearedBy: 'attribution',
  rewrite: (sentence) => appendAttribution(sentence, 'according to [source, year]'),
  scan: scanStatistics,
  examples: {
    flag: ['Oats have twice the protein of rice.', 'Rents fell by a third after the mill closed.', 'Discounters hold a fifth of the market.', 'Half of the new homes are empty.', 'One household in four owns a boat.', 'Sea temperatures have risen by 1.5 °C since 1990.', 'Flooding costs the county £40 million a year.', 'The number of ferry passengers will triple by 2030.', 'A season ticket is less than half the price of ten single tickets.', 'The new drug costs 200 times as much as aspirin.', 'Nine in ten voters oppose the bypass.', 'Turnout reached 61% on Sunday.', 'Ticket prices have doubled since the stadium opened.', 'Up to 5,000 fans are expected.', 'About 40 percent of the harvest was lost.', 'The fund raised 3 million euros.', 'Two-thirds of the staff signed the letter.'],
    pass: ['Turnout was 61%, according to the electoral commission.', 'The siege ended in 1453.', 'The tower is 1,200 metres from the shore.', 'The gym doubled as a shelter during the storm.', 'She lives at 14 Mill Lane.', 'The first 3 chapters are free.', 'The tractor costs £52,000, or £1,400 a month to rent.', 'She rang the bell three times and left.', 'The recipe serves half the table.', 'The walk takes a quarter of an hour.', 'Shares in the bank closed 4% higher on Friday.', 'The second half of the match was dull.', 'One player in the squad is injured.', 'The flat is let at £1,050 a month.', 'For my £400,000 I would take the cottage.', 'She rang twice and left.'],
  },
};
