// Function words the detectors share: forms of "be", helpers between a subject and its verb,
// words that open a clause, determiners that make a noun definite, prepositions and pronouns.

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'grew', 'grow', 'grown', 'became', 'become', 'becomes', 'feel', 'feels', 'felt', 'get', 'got', 'gotten']);

/** Between a subject and its verb without changing who speaks: "have long argued", "were privately". */
export const VERB_HELPERS = new Set([
  'have', 'has', 'had', "'ve", 'will', 'would', "'d", 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'not', "n't", 'also', 'still',
  'now', 'long', 'privately', 'publicly', 'openly', 'repeatedly', 'often', 'generally', 'widely', 'always', 'even', 'already', 'later', 'then', 'initially',
  'recently', 'quickly', 'too', 'once', 'since', 'almost', 'nearly', 'all', 'both', 'quite', 'each', 'been', 'being', 'is', 'are', 'was', 'were', 'continue', 'continued', 'continues', 'to', 'tend',
  'tended', 'went', 'again', 'previously', 'earlier', 'separately', 'reportedly', "don't", "didn't", "doesn't", "haven't", "hasn't", "won't", "wouldn't",
]);

/** Words that open a clause: a holder never reaches back past them. */
export const CLAUSE_STARTERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'while', 'although', 'though', 'because', 'if', 'when', 'where', 'as', 'since', 'but', 'so', 'yet', 'after',
  'before', 'until', 'unless', 'than', 'whether', 'what', 'how', 'why', 'and', 'or', 'nor', 'however', 'meanwhile', 'instead', 'still', 'indeed', 'also', 'even', 'once', 'whereas',
]);

export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'such', 'both', 'each', 'every', 'all', 'either', 'neither']);

export const PREPOSITIONS = new Set(['of', 'at', 'in', 'from', 'on', 'off', 'over', 'about', 'through', 'for', 'with', 'within', 'inside', 'outside', 'across', 'around', 'among', 'near', 'close', 'familiar', 'involved', 'like', 'including', 'by', 'to', 'under', 'behind', 'throughout', 'along']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that', 'one', 'him', 'her', 'them', 'us', 'me', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'this', 'these', 'those']);
