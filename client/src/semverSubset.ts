// The two semver functions vscode-languageclient calls, in the few lines its one use needs: at start
// it parses `vscode.version` and checks it against a caret range ('^1.91.0'). The whole semver
// package was some 20 KB of the minified client bundle for that. scripts/build.mjs bundles this in
// place of `semver/functions/parse` and `semver/functions/satisfies` and stops the build on any other
// semver import; test/unit/semverSubset.test.ts compares both with semver itself, on the range the
// installed language client asks for.

export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  /** Identifiers after '-': numbers where they are numeric, as semver keeps them. */
  prerelease: (string | number)[];
}

const NUMBER = '0|[1-9]\\d*';
const IDENTIFIER = `(?:${NUMBER}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const VERSION = new RegExp(`^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
const CARET = new RegExp(`^\\^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})$`);

/** Like semver's `parse`: the version, or null when the string is not a strict semantic version. */
export function parse(version: unknown): ParsedVersion | null {
  if (typeof version !== 'string') return null;
  const match = VERSION.exec(version.trim());
  if (!match) return null;
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return null;
  const prerelease = match[4] === undefined ? [] : match[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id));
  return { major, minor, patch, prerelease };
}

/**
 * Like semver's `satisfies` for a caret range with a major version of at least 1 ('^1.91.0': at
 * least 1.91.0 and below 2.0.0), the only kind the language client uses. A pre-release never
 * satisfies it, as in semver (the range names none). Any other range throws: a new language client
 * that asks for another kind must not pass unchecked.
 */
export function satisfies(version: ParsedVersion | string, range: string): boolean {
  const caret = CARET.exec(range.trim());
  if (!caret || Number(caret[1]) < 1) throw new Error(`client/src/semverSubset.ts handles caret ranges from 1.0.0 up only, not "${range}"`);
  const parsed = typeof version === 'string' ? parse(version) : version;
  if (!parsed || parsed.prerelease.length > 0) return false;
  const [major, minor, patch] = [caret[1], caret[2], caret[3]].map(Number);
  if (parsed.major !== major) return false;
  return parsed.minor > minor || (parsed.minor === minor && parsed.patch >= patch);
}
