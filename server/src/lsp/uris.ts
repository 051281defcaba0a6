// Small helpers for document URIs, as strings (no Node `url`: the server also runs in a browser worker).

export const CONFIG_FILE_NAME = '.whosays.json';

/** The last path segment, decoded. */
export function basename(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return safeDecode(path.slice(path.lastIndexOf('/') + 1));
}

/** The extension without the dot, lower-case ("md"), or "" when there is none. */
export function extension(uri: string): string {
  const name = basename(uri);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The folder that holds a document, as a URI without the trailing slash. */
export function parentFolder(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return path.slice(0, path.lastIndexOf('/'));
}

/** `folder` + "/" + `name`, with the name percent-encoded as a path segment. */
export function joinUri(folder: string, name: string): string {
  return `${folder.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
}

export function isConfigFileUri(uri: string): boolean {
  return basename(uri) === CONFIG_FILE_NAME;
}

/**
 * A form of a URI for comparing: percent-escapes decoded and a Windows drive letter lower-cased, so
 * that `file:///c%3A/a%20b` (VS Code) and `file:///C:/a b` (Node) name the same file.
 */
export function uriKey(uri: string): string {
  return safeDecode(uri).replace(/^file:\/\/\/([A-Za-z]):/, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
}

/** Whether `uri` lies inside `folder` (or is the folder). */
export function isInside(uri: string, folder: string): boolean {
  const f = uriKey(folder).replace(/\/+$/, '');
  const u = uriKey(uri);
  return u === f || u.startsWith(`${f}/`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
