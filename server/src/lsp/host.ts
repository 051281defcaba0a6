// What the language server needs from its surroundings, injected by the entry point: the Node entry
// (server/src/node/serverMain.ts) gives the real file system; a browser worker can give its own.

export interface ServerFileSystem {
  /**
   * The URI of the nearest `.whosays.json` for a document: in its folder, then each parent folder.
   * Undefined when there is none, or when the URI is not on this file system (untitled documents).
   */
  findConfigFile(documentUri: string): Promise<string | undefined>;
  /**
   * A UTF-8 text file of at most `maxBytes` (a `.whosays.json` has its own, smaller cap). Rejects
   * with an Error whose message a person can read.
   */
  readTextFile(uri: string, maxBytes?: number): Promise<string>;
  /** Forgets cached lookups: a configuration file was created, changed or deleted. */
  clearCache(): void;
  /**
   * Writes a `.whosays.json` (the allow-list command of editors that neither handle
   * `whosays.allowPhrase` nor watch files). Absent where the server cannot write files.
   */
  writeConfigFile?(uri: string, text: string): Promise<void>;
}

export interface ServerHost {
  fs: ServerFileSystem;
  /** The server's version, reported in `serverInfo`. */
  version: string;
  /**
   * Where the rule pages (docs/rules/*.md) are when neither the client's settings nor its
   * initialization options say: the pages shipped beside the server, as a folder URL ending in "/".
   */
  docsBaseUrl?: string;
}
