// The file system of a server that has none of its own (the browser worker of the web extension):
// it asks the client, which reads through its editor's file API (docs/protocol.md, "Requests the
// server sends"). Lookups of the nearest .whosays.json are cached until a configuration file
// changes, as the Node file system's are.

import { RequestType } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_MAX_FILE_BYTES, MAX_CONFIG_BYTES } from '../engine/limits';
import type { ServerFileSystem } from './host';
import { isConfigFileUri } from './uris';

export interface FindConfigFileParams {
  /** The document whose nearest `.whosays.json` is wanted. */
  uri: string;
}
/** The nearest `.whosays.json` of a document (its folder, then each parent), or null. */
export const FindConfigFileRequest = new RequestType<FindConfigFileParams, string | null, void>('whosays/findConfigFile');

export interface ReadTextFileParams {
  uri: string;
  /** Larger files are refused with an error saying so. */
  maxBytes: number;
}
/** A UTF-8 text file (a byte-order mark dropped); an error whose message a person can read otherwise. */
export const ReadTextFileRequest = new RequestType<ReadTextFileParams, string, void>('whosays/readTextFile');

export function clientFileSystem(connection: Connection): ServerFileSystem {
  const found = new Map<string, Promise<string | undefined>>();
  return {
    findConfigFile(documentUri) {
      let lookup = found.get(documentUri);
      if (!lookup) {
        lookup = connection.sendRequest(FindConfigFileRequest, { uri: documentUri }).then(
          (uri) => (typeof uri === 'string' ? uri : undefined),
          () => undefined,
        );
        found.set(documentUri, lookup);
      }
      return lookup;
    },
    async readTextFile(uri, maxDocumentBytes = DEFAULT_MAX_FILE_BYTES) {
      const text: unknown = await connection.sendRequest(ReadTextFileRequest, { uri, maxBytes: isConfigFileUri(uri) ? MAX_CONFIG_BYTES : maxDocumentBytes });
      if (typeof text !== 'string') throw new Error(`The editor did not return the text of ${uri}.`);
      return text;
    },
    clearCache() {
      found.clear();
    },
  };
}
