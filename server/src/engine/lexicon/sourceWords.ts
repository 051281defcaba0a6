// The words the named-source suppressor (attribution.ts) weighs: who counts as a named source,
// who never does, and which participles take an agent that vouches for a claim.

/** Plural or generic words that never name a source by themselves. */
export const VAGUE_HOLDERS: ReadonlySet<string> = new Set([
  'many', 'most', 'some', 'several', 'few', 'others', 'people', 'experts', 'critics', 'observers', 'analysts', 'historians', 'scholars', 'scientists',
  'researchers', 'commentators', 'sources', 'source', 'insiders', 'officials', 'reports', 'studies', 'research', 'evidence', 'science', 'data', 'they',
  'it', 'everyone', 'everybody', 'nobody', 'one', 'someone', 'somebody', 'economists', 'academics', 'doctors', 'witnesses', 'accounts', 'rumours', 'rumors',
  'multiple', 'numerous', 'various', 'there', 'fans', 'supporters', 'opponents', 'residents', 'we', 'you', 'i', 'estimates', 'surveys', 'polls', 'a', 'an',
]);

/** Roles and bodies specific enough to count as a named source ("prosecutors said", "the statement added"). */
export const SPECIFIC_SOURCES: ReadonlySet<string> = new Set([
  'police', 'prosecutors', 'prosecutor', 'investigators', 'court', 'judge', 'coroner', 'ministry', 'spokesperson', 'spokesman', 'spokeswoman', 'statement',
  'report', 'survey', 'study', 'census', 'poll', 'company', 'council', 'government', 'department', 'agency', 'authority', 'commission', 'committee', 'board',
  'firm', 'club', 'school', 'university', 'hospital', 'museum', 'he', 'she', 'mayor', 'minister', 'president', 'governor', 'chairman', 'chairwoman',
  'chair', 'director', 'author', 'authors', 'team', 'office', 'embassy', 'inquiry', 'audit', 'filing', 'filings', 'records', 'figures', 'archive', 'data',
  'regulator', 'auditor', 'tribunal', 'jury', 'paper', 'newspaper', 'magazine', 'broadcaster', 'website', 'analysis', 'review', 'editor', 'publisher',
  'organisers', 'organizers', 'landlord', 'owner', 'owners', 'family', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'secretary', 'manager', 'coach',
  'captain', 'chief', 'sheriff', 'estimates', 'lawsuit', 'indictment', 'complaint', 'documents', 'letter', 'memo', 'transcript', 'recording', 'footage',
  // Officers and records a reader can look up: "the returning officer announced", "as the panel at the entrance records".
  'officer', 'clerk', 'registrar', 'coroner', 'panel', 'plaque', 'label', 'register', 'catalogue', 'catalog', 'minutes', 'ledger', 'declaration', 'sheet',
]);

/** Nouns after "by the" that give a time, place or manner, not an agent. */
export const TIMES_AND_PLACES_AFTER_BY: ReadonlySet<string> = new Set(['way', 'end', 'time', 'year', 'side', 'river', 'sea', 'door', 'window', 'number', 'hand', 'hour', 'day', 'week', 'month', 'age', 'middle', 'start', 'beginning', 'bridge', 'road', 'lake', 'coast', 'dozen', 'hundred', 'thousand', 'million', 'summer', 'winter', 'spring', 'autumn', 'fall', 'evening', 'morning', 'night', 'light', 'book', 'look', 'mid', 'late', 'early',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'then', 'now', 'far', 'chance', 'mistake', 'accident']);

export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['shown', 'known', 'held', 'built', 'bought', 'brought', 'thought', 'taught', 'caught', 'found', 'made', 'done', 'seen', 'written', 'given', 'taken', 'led', 'kept', 'sent', 'spent', 'told', 'sold', 'won', 'paid', 'said', 'heard', 'drawn', 'grown', 'thrown', 'chosen', 'spoken', 'broken', 'driven', 'ridden', 'beaten', 'eaten', 'fought', 'sought', 'felt', 'meant', 'left', 'lost', 'struck', 'hung', 'won', 'begun', 'sung', 'sunk', 'worn', 'torn', 'sworn', 'born', 'borne']);

// Participles whose agent is the source of a judgement or a figure ("listed as endangered by the
// IUCN", "estimated at 2,000 by the police"). The agent of an action ("was taken in London by its
// parent firm", "was built by Telford") did the deed; it does not vouch for the sentence's claim.
export const ACTION_PARTICIPLES: ReadonlySet<string> = new Set(['taken', 'built', 'bought', 'brought', 'made', 'done', 'sent', 'sold', 'paid', 'won', 'led', 'kept', 'given', 'driven', 'ridden', 'beaten', 'eaten', 'fought', 'thrown', 'broken', 'struck', 'hung', 'owned', 'run', 'opened', 'closed', 'founded', 'designed', 'painted', 'funded', 'financed', 'bankrolled', 'replaced', 'cut', 'started', 'launched', 'killed', 'injured', 'attacked', 'hit', 'damaged', 'destroyed', 'sacked', 'fired', 'hired', 'appointed', 'elected', 'defeated', 'acquired', 'purchased', 'operated', 'managed', 'raised', 'caused', 'delivered', 'crossed', 'visited', 'played', 'sung', 'performed', 'directed', 'composed', 'passed', 'rejected', 'vetoed', 'blocked', 'moved', 'carried', 'collected', 'inherited', 'touched', 'affected', 'harmed', 'spoiled', 'spoilt', 'changed', 'scathed']);

/** A determiner or number opening a subject: "the", "a", "2019". */
export const DETERMINER_OR_NUMBER = /^(the|a|an|this|that|his|her|their|its|our|\d.*)$/;
