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
  'economists', 'diplomats', 'authorities', 'regulators', 'conservatives', 'liberals', 'progressives', 'moderates',
  'environmentalists', 'doctors', 'physicians', 'nurses', 'lawyers', 'attorneys', 'journalists', 'reporters', 'writers', 'authors', 'reviewers',
  'consumers', 'customers', 'users', 'owners', 'farmers', 'veterans', 'families', 'friends', 'colleagues', 'neighbors', 'neighbours', 'relatives',
  'watchers', 'insiders', 'skeptics', 'sceptics', 'proponents', 'opponents', 'businesses', 'groups', 'organizations', 'organisations', 'unions',
  'charities', 'companies', 'firms', 'countries', 'nations', 'governments', 'states', 'agencies', 'officers', 'commanders', 'managers',
  'planners', 'engineers', 'developers', 'builders', 'scientists', 'physicists', 'epidemiologists', 'forecasters', 'statisticians', 'demographers',
  'spokesmen', 'spokeswomen', 'spokespeople', 'representatives', 'negotiators', 'backbenchers', 'councillors', 'councilors', 'ministers',
  // Trades and neighbours who speak for an unnamed crowd once they have a cue: "Some suppliers fear".
  'suppliers', 'planners', 'shopkeepers', 'retailers', 'growers', 'conservationists', 'regulars', 'bosses', 'pupils', 'lenders', 'landowners',
  'homeowners', 'renters', 'tenants', 'landlords', 'cyclists', 'motorists', 'drivers', 'commuters', 'passengers', 'pedestrians', 'anglers', 'walkers',
  'climbers', 'fishermen', 'merchants', 'publicans', 'midwives', 'soldiers', 'musicians', 'agents', 'bakers', 'cooks', 'chefs', 'gardeners', 'brewers',
  'winemakers', 'curators', 'collectors', 'dealers', 'sellers', 'buyers', 'shoppers', 'visitors', 'tourists', 'diners', 'patients', 'theorists',
  'theologians', 'philosophers', 'linguists', 'archaeologists', 'scientists', 'mathematicians', 'clinicians', 'nutritionists', 'dietitians',
  'astronomers', 'criminologists', 'ethicists', 'commentators', 'academics', 'proponents', 'admirers', 'champions', 'sommeliers', 'critics',
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
  'analyses', 'tests', 'trials', 'findings', 'accounts', 'numbers', 'research', 'evidence', 'emails', 'papers', 'science', 'averages', 'tallies',
  'counts', 'forecasts', 'models', 'measures', 'metrics', 'indicators',
]);

/**
 * Modifiers that tie a holder to a kind of body without naming one: "police officials", "federal
 * prosecutors", "administration aides". Common words, not names, when they open a sentence.
 */
export const BODY_MODIFIERS = new Set([
  'police', 'federal', 'state', 'city', 'county', 'administration', 'government', 'campaign', 'party', 'military', 'defense', 'defence',
  'intelligence', 'security', 'court', 'congressional', 'parliamentary', 'municipal', 'provincial', 'company', 'hospital',
  'school', 'university', 'union', 'election', 'law', 'enforcement', 'immigration', 'health', 'fire', 'transport', 'prison', 'army', 'navy', 'white',
  'house', 'senate', 'cabinet', 'ministry', 'department', 'agency', 'embassy', 'airport', 'council', 'committee', 'board', 'club',
]);

/**
 * The bodies among them that the story has already put in front of the reader: "city officials",
 * "a council spokesperson", "company executives" speak for the city, council or company the text is
 * about, and are left alone. The others ("federal officials", "administration aides", "campaign
 * staffers") span many offices: an informant so placed is vague, if less so, and shown as information.
 */
export const DEFINITE_BODIES = new Set([
  'city', 'county', 'council', 'municipal', 'company', 'club', 'school', 'university', 'hospital', 'court', 'board', 'committee', 'ministry',
  'department', 'agency', 'embassy', 'airport', 'prison', 'union', 'senate', 'house', 'cabinet', 'government', 'party',
]);

/** Plurals in "-ers", "-ors", "-ists" and "-ians" that are not people (or not a crowd's opinion: nationalities). */
export const NOT_PEOPLE = new Set([
  'numbers', 'papers', 'letters', 'orders', 'layers', 'matters', 'chapters', 'centers', 'filters', 'computers', 'containers', 'covers', 'towers', 'waters',
  'powers', 'quarters', 'headquarters', 'answers', 'offers', 'others', 'markers', 'meters', 'liters', 'registers', 'headers', 'barriers', 'borders', 'corners',
  'rivers', 'flowers', 'shelters', 'theaters', 'trailers', 'posters', 'banners', 'tankers', 'trawlers', 'steamers', 'floors', 'doors', 'colors', 'colours',
  'errors', 'sectors', 'factors', 'motors', 'mirrors', 'corridors', 'monitors', 'vectors', 'tractors', 'reactors', 'sensors', 'processors', 'indicators',
  'calculators', 'meteors', 'honors', 'honours', 'labors', 'labours', 'favors', 'favours', 'flavors', 'flavours', 'humors', 'humours', 'rumors', 'rumours',
  'harbors', 'harbours', 'neighbors', 'neighbours', 'interiors', 'exteriors', 'terrors', 'horrors', 'tumors', 'tumours', 'odors', 'odours', 'vapors',
  'vapours', 'armors', 'armours', 'behaviors', 'behaviours', 'anchors', 'elevators', 'generators', 'radiators', 'conductors', 'detectors', 'connectors',
  'transistors', 'capacitors', 'resistors', 'compressors', 'predecessors', 'successors', 'cursors', 'scissors', 'liquors', 'manors', 'minors', 'majors',
  'seniors', 'juniors', 'lists', 'mists', 'twists', 'wrists', 'fists', 'exists', 'insists', 'persists', 'consists', 'resists', 'assists', 'enlists',
  'checklists', 'playlists', 'shortlists', 'waitlists', 'blacklists', 'whitelists', 'wishlists', 'christians', 'indians', 'egyptians', 'italians', 'russians',
  'asians', 'australians', 'canadians', 'belgians', 'brazilians', 'hungarians', 'norwegians', 'persians', 'syrians', 'iranians', 'palestinians', 'parisians',
  'victorians', 'edwardians', 'georgians', 'armenians', 'bulgarians', 'romanians', 'serbians', 'croatians', 'estonians', 'latvians', 'lithuanians',
  'ukrainians', 'nigerians', 'algerians', 'ethiopians', 'colombians', 'peruvians', 'chileans', 'bolivians', 'venezuelans', 'cambodians', 'indonesians',
  'malaysians', 'jordanians', 'tunisians', 'libyans', 'gambians', 'zambians', 'namibians', 'rwandans',
]);

/** Number words that count particular people ("two residents said"), or open a share ("eight of 10 voters"). */
export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred']);
