// Every form of a verb from its lemma: "warn" gives warn, warns, warned, warning. Irregular verbs
// list their past forms; regular spelling rules (doubling, -e, -y) cover the rest.

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], think: ['thought'], feel: ['felt'], know: ['knew', 'known'], see: ['saw', 'seen'],
  write: ['wrote', 'written'], find: ['found'], hold: ['held'], speak: ['spoke', 'spoken'], show: ['showed', 'shown'],
  fear: ['feared'], put: ['put'], forecast: ['forecast', 'forecasted'], foresee: ['foresaw', 'foreseen'], understand: ['understood'],
  read: ['read'], mean: ['meant'], take: ['took', 'taken'], give: ['gave', 'given'], get: ['got', 'gotten'], hear: ['heard'],
  admit: ['admitted'], regret: ['regretted'], quip: ['quipped'], commit: ['committed'], plan: ['planned'], slam: ['slammed'],
  blast: ['blasted'], prefer: ['preferred'], concur: ['concurred'], rebut: ['rebutted'], bet: ['bet'],
};

const VOWELS = /[aeiou]/;

function third(lemma: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function past(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

function gerund(lemma: string): string {
  if (lemma === 'see' || lemma === 'agree' || lemma === 'foresee' || lemma.endsWith('ee')) return `${lemma}ing`;
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e')) return `${lemma.slice(0, -1)}ing`;
  // Short consonant-vowel-consonant verbs double their last letter: "plan" -> "planning".
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) && lemma.length <= 4 && VOWELS.test(lemma)) return `${lemma}${lemma.at(-1)}ing`;
  return `${lemma}ing`;
}

/** The lemma's forms: base, third person, past (and participle), present participle. */
export function verbForms(lemma: string): string[] {
  const pasts = IRREGULAR[lemma] ?? [past(lemma)];
  const doubled = IRREGULAR[lemma]?.find((f) => f.endsWith('ed'));
  return [...new Set([lemma, third(lemma), ...pasts, doubled ? `${doubled.slice(0, -2)}ing` : gerund(lemma)])];
}
