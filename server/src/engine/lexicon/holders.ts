// Who can hold a view or vouch for a fact, and the words that make such a holder vague. Drawn from
// the heads of the sources annotated in PolNeAR's train split (scripts/mineAttributions.ts) and
// reviewed by hand.

/** Quantifiers that open a vague holder: "some senior backbenchers", "many in the village". */
export const QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few', 'other', 'others', 'numerous', 'multiple', 'various', 'countless', 'certain']);

/** Multi-word quantifiers, matched word by word: "a number of county staff", "a handful of". */
export const QUANTIFIER_PHRASES: readonly (readonly string[])[] = [
  ['a', 'number', 'of'], ['a', 'growing', 'number', 'of'], ['an', 'increasing', 'number', 'of'], ['a', 'handful', 'of'], ['a', 'lot', 'of'], ['lots', 'of'],
  ['a', 'few'], ['a', 'majority', 'of'], ['the', 'majority', 'of'], ['a', 'group', 'of'], ['a', 'range', 'of'], ['a', 'host', 'of'], ['dozens', 'of'],
  ['hundreds', 'of'], ['thousands', 'of'], ['scores', 'of'], ['plenty', 'of'], ['more', 'and', 'more'], ['a', 'chorus', 'of'],
];

/** People who hold views, as a plural head: "analysts said", "some party leaders have indicated". */
export const PEOPLE_HEADS = new Set([
  'people', 'persons', 'individuals', 'experts', 'analysts', 'critics', 'observers', 'commentators', 'pundits', 'historians', 'scholars', 'scientists',
  'researchers', 'economists', 'academics', 'specialists', 'strategists', 'pollsters', 'insiders', 'sources', 'officials', 'aides', 'advisers', 'advisors',
  'staffers', 'staff', 'operatives', 'leaders', 'members', 'lawmakers', 'legislators', 'politicians', 'senators', 'delegates', 'candidates', 'voters',
  'supporters', 'backers', 'opponents', 'detractors', 'rivals', 'allies', 'defenders', 'advocates', 'activists', 'campaigners', 'organizers',
  'organisers', 'protesters', 'protestors', 'demonstrators', 'residents', 'locals', 'citizens', 'americans', 'fans', 'followers', 'readers', 'viewers',
  'listeners', 'audiences', 'parents', 'teachers', 'students', 'workers', 'employees', 'executives', 'investors', 'donors', 'traders', 'bankers',
  'economists', 'diplomats', 'authorities', 'regulators', 'investigators', 'prosecutors', 'conservatives', 'liberals', 'progressives', 'moderates',
  'environmentalists', 'doctors', 'physicians', 'nurses', 'lawyers', 'attorneys', 'journalists', 'reporters', 'writers', 'authors', 'reviewers',
  'consumers', 'customers', 'users', 'owners', 'farmers', 'veterans', 'families', 'friends', 'colleagues', 'neighbors', 'neighbours', 'relatives',
  'watchers', 'insiders', 'skeptics', 'sceptics', 'proponents', 'opponents', 'businesses', 'groups', 'organizations', 'organisations', 'unions',
  'charities', 'companies', 'firms', 'countries', 'nations', 'governments', 'states', 'agencies', 'officers', 'police', 'commanders', 'managers',
  'planners', 'engineers', 'developers', 'builders', 'scientists', 'physicists', 'epidemiologists', 'forecasters', 'statisticians', 'demographers',
  'spokesmen', 'spokeswomen', 'spokespeople', 'representatives', 'negotiators', 'backbenchers', 'councillors', 'councilors', 'ministers',
]);

/** Heads that stand for an anonymous informant rather than a crowd: "officials said", "a senior aide". */
export const INFORMANT_HEADS = new Set([
  'sources', 'source', 'insiders', 'insider', 'officials', 'official', 'aides', 'aide', 'advisers', 'adviser', 'advisors', 'advisor', 'staffers', 'staffer',
  'operatives', 'operative', 'spokesman', 'spokeswoman', 'spokesperson', 'person', 'people', 'individual', 'diplomat', 'diplomats', 'executive', 'employee',
]);

/** Singular people who can be an anonymous source: "a senior official said", "one aide told". */
export const PERSON_SINGULARS = new Set([
  'official', 'source', 'insider', 'aide', 'adviser', 'advisor', 'staffer', 'operative', 'spokesman', 'spokeswoman', 'spokesperson', 'person',
  'individual', 'diplomat', 'executive', 'employee', 'analyst', 'expert', 'strategist', 'observer', 'critic', 'lawmaker', 'member', 'insider',
]);

/** Documents and data that show or find: "recent surveys", "records show", "according to exit polls". */
export const DOCUMENT_HEADS = new Set([
  'polls', 'surveys', 'studies', 'reports', 'records', 'statistics', 'figures', 'data', 'estimates', 'projections', 'results', 'documents', 'filings',
  'analyses', 'tests', 'trials', 'findings', 'accounts', 'numbers', 'research', 'evidence', 'emails', 'papers',
]);

/**
 * Modifiers that narrow a plural to a known body without naming one: "police officials", "federal
 * prosecutors", "administration aides". Such a holder is vague by the letter of the rule but a
 * reader can often tell who is meant, so findings on it are information, not warnings.
 */
export const BODY_MODIFIERS = new Set([
  'police', 'federal', 'state', 'city', 'county', 'local', 'administration', 'government', 'campaign', 'party', 'military', 'defense', 'defence',
  'intelligence', 'security', 'court', 'congressional', 'parliamentary', 'municipal', 'regional', 'provincial', 'national', 'company', 'hospital',
  'school', 'university', 'union', 'election', 'law', 'enforcement', 'immigration', 'health', 'fire', 'transport', 'prison', 'army', 'navy', 'white',
  'house', 'senate', 'cabinet', 'ministry', 'department', 'agency', 'embassy', 'airport', 'council', 'committee', 'board', 'club',
]);
