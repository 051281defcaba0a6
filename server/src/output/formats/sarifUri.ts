// File names as SARIF artifact URIs. Pure (no Node path module): the format may run in a browser,
// so the platform's path rules are read off the working directory's URL instead.
//
// A relative name becomes a relative URI reference, each segment percent-encoded (spaces, "#",
// "?", "%", ":" and every non-ASCII character as UTF-8), resolved against the base `%SRCROOT%`
// (the working directory): GitHub code scanning wants paths relative to the repository. An
// absolute name becomes a file: URI.

/** The uriBaseId of relative names: the folder the command ran in. */
export const SRCROOT = '%SRCROOT%';

export interface ArtifactUri {
  uri: string;
  /** Present for a relative reference. */
  uriBaseId?: string;
}

/** A Windows working directory (`file:///C:/...`, or `file://server/share/` for a UNC path). */
export function isWindowsUrl(url: string | undefined): boolean {
  return url !== undefined && (/^file:\/\/\/[A-Za-z]:\//.test(url) || /^file:\/\/[^/]/.test(url));
}

// Lone surrogates cannot be encoded as UTF-8 (encodeURIComponent throws on them); a Windows name
// may hold one. They become U+FFFD, as a UTF-8 decoder would show them.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeSegment(segment: string): string {
  // encodeURIComponent leaves only letters, digits and -_.!~*'() as they are: all legal in a path
  // segment. ":" is encoded too, so that a first segment such as "a:b.md" is no scheme.
  return encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD'));
}

/**
 * The URI of a file name as the command shows it. `windows`: backslashes separate folders and
 * drive letters and UNC names are absolute (otherwise a backslash is part of a name).
 */
export function artifactUri(name: string, windows: boolean): ArtifactUri {
  const separators = windows ? /[\\/]/ : /\//;
  const segments = name.split(separators);
  if (windows && /^[A-Za-z]:[\\/]/.test(name)) {
    // C:\dir\a.md → file:///C:/dir/a.md (the drive keeps its colon).
    return { uri: `file:///${name.slice(0, 2)}/${segments.slice(1).filter((s) => s !== '').map(encodeSegment).join('/')}` };
  }
  if (windows && /^[\\/]{2}[^\\/]/.test(name)) {
    // \\server\share\a.md → file://server/share/a.md
    const [host, ...rest] = segments.slice(2);
    return { uri: `file://${encodeSegment(host)}/${rest.filter((s) => s !== '').map(encodeSegment).join('/')}` };
  }
  if (name.startsWith('/') || (windows && name.startsWith('\\'))) {
    return { uri: `file:///${segments.filter((s) => s !== '').map(encodeSegment).join('/')}` };
  }
  // "./a.md" and "docs//a.md" are "a.md" and "docs/a.md": the same file gets the same URI whatever
  // way it was typed, which keeps code scanning's alerts from one run to the next.
  const kept = segments.filter((s) => s !== '' && s !== '.');
  return { uri: kept.length === 0 ? '.' : kept.map(encodeSegment).join('/'), uriBaseId: SRCROOT };
}
