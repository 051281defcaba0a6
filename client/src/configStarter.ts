// The `.whosays.json` that "Open .whosays.json" writes when a folder has none: every key the schema
// knows, at its default or commented out, with a line on what it does. No `vscode` import, so that
// a unit test can check that the engine reads it without an error.

export const CONFIG_FILE_NAME = '.whosays.json';

export const CONFIG_STARTER = `// Who Says settings for this folder and everything under it. They win over the editor's
// "whosays.*" settings for what they set. JSON with comments; VS Code completes the keys.
{
  // "default": weasel words and unsourced claims as warnings, style as information.
  // "hedging": the same, and also hedges such as "may", "probably", "seems".
  "profile": "default",

  // Severity per rule id or per category ("weasel", "unattributed", "style"):
  // "error", "warning", "information", "hint" or "off".
  "rules": {
    // "style": "off",
    // "weasel/hearsay-adverb": "error"
  },

  // Phrases never flagged, compared without regard to case.
  "allow": [
    // "so-called"
  ],

  // Marker texts per language ("plaintext", "markdown", "html", "latex", "wikitext"):
  // "citationNeeded", "who", "byWhom". "{date}" becomes the month and year.
  "markers": {
    // "wikitext": { "citationNeeded": "{{cn|date={date}}}" }
  }
}
`;
