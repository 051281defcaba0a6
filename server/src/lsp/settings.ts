// Settings per document: the client's `whosays` section (read with workspace/configuration for the
// document's URI) with the nearest `.whosays.json` merged over it (the project file wins for what it
// sets). Nothing lives in globals: each document's settings are cached per resource until the
// client's settings or a configuration file change. A broken `.whosays.json` is reported on the file
// itself, and the documents under it keep the file's last good configuration.

import { CATEGORIES, RULE_IDS } from '../engine/ruleIds';
import { MARKER_KEYS, MARKER_PLACEMENTS, MARKUP_LANGUAGES, PROFILES, RULE_SETTINGS, mergeConfigs, parseConfig, placementForLanguages, type ConfigError } from '../engine/config';
import type { EngineConfig, MarkerPlacementSetting, MarkerTexts, MarkupLanguage, Profile, RuleSetting } from '../engine/types';
import { DEFAULT_MAX_FILE_BYTES, MAX_FILE_BYTES_LIMIT, parseByteSize } from '../engine/limits';
import type { ServerFileSystem } from './host';
import { docsBaseUrl } from './diagnostics';
import { DEFAULT_MAX_PROBLEMS } from './problemLimit';
import { readHidden, type HiddenFinding } from './hidden';
import { isObject } from './protocolGuards';
import { uriKey } from './uris';

export type RunMode = 'onType' | 'onSave';

/** The client's settings, checked: anything of the wrong type is left at its default. */
export interface ClientSettings {
  enable: boolean;
  /** The largest file whosays/lintFiles reads from disk, in bytes (whosays.maxFileSize). */
  maxFileBytes: number;
  /** The most diagnostics a document publishes, 0 for no limit (whosays.maxProblems; problemLimit.ts). */
  maxProblems: number;
  /** Extra language ids to lint. */
  languages: string[];
  run: RunMode;
  /** whosays.docsBaseUrl: where the rule pages are, when the client sets it (an absolute URL ending in "/"). */
  docsBaseUrl?: string;
  /** Whether Fix All also fixes information- and hint-level findings (whosays.fixAll.includeInformation). */
  fixAllIncludesInformation: boolean;
  /** Findings the writer hid in this document (`hidden`, sent per document by the client). */
  hidden: HiddenFinding[];
  /** The engine settings the client sets (profile, rules, allow, markers). */
  config: Partial<EngineConfig>;
}

export interface DocumentSettings {
  enable: boolean;
  maxFileBytes: number;
  maxProblems: number;
  languages: string[];
  run: RunMode;
  /** Where the rule pages are: whosays.docsBaseUrl, else the server's default; undefined when neither is known. */
  docsBaseUrl?: string;
  fixAllIncludesInformation: boolean;
  hidden: HiddenFinding[];
  /** Client settings with the `.whosays.json` merged over them. */
  config: Partial<EngineConfig>;
  /** Equal keys mean equal configurations (the paragraph cache reuses findings only under one key). */
  key: string;
  /** The `.whosays.json` that applies, if any. */
  configFile?: string;
}

export const DEFAULT_SETTINGS: ClientSettings = { enable: true, maxFileBytes: DEFAULT_MAX_FILE_BYTES, maxProblems: DEFAULT_MAX_PROBLEMS, languages: [], run: 'onType', fixAllIncludesInformation: false, hidden: [], config: {} };

/** whosays.maxFileSize ("50MB", "200 MiB", a number of bytes); the default when it is not a size. */
function maxFileBytes(value: unknown): number {
  const bytes = typeof value === 'number' ? value : typeof value === 'string' ? parseByteSize(value) : undefined;
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 1) return DEFAULT_MAX_FILE_BYTES;
  return Math.min(Math.floor(bytes), MAX_FILE_BYTES_LIMIT);
}

/** whosays.maxProblems: a whole number of diagnostics, 0 for no limit; the default for anything else. */
function maxProblems(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : DEFAULT_MAX_PROBLEMS;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : undefined;
}

/** Reads the `whosays` settings section as the client sent it. */
export function readClientSettings(raw: unknown): ClientSettings {
  if (!isObject(raw)) return { ...DEFAULT_SETTINGS, hidden: [] };
  const config: Partial<EngineConfig> = {};
  if (typeof raw.profile === 'string' && (PROFILES as readonly string[]).includes(raw.profile)) config.profile = raw.profile as Profile;
  if (isObject(raw.rules)) {
    const names: readonly string[] = [...RULE_IDS, ...CATEGORIES];
    const rules: Record<string, RuleSetting> = {};
    for (const [key, value] of Object.entries(raw.rules)) {
      if (names.includes(key) && typeof value === 'string' && (RULE_SETTINGS as readonly string[]).includes(value)) rules[key] = value as RuleSetting;
    }
    config.rules = rules;
  }
  const allow = strings(raw.allow);
  if (allow) config.allow = allow;
  if (isObject(raw.markers)) {
    const markers: EngineConfig['markers'] = {};
    for (const [language, texts] of Object.entries(raw.markers)) {
      if (!(MARKUP_LANGUAGES as readonly string[]).includes(language) || !isObject(texts)) continue;
      const chosen: Partial<MarkerTexts> = {};
      for (const key of MARKER_KEYS) {
        const text = texts[key];
        if (typeof text === 'string' && text.trim() !== '') chosen[key] = text;
      }
      markers[language as MarkupLanguage] = chosen;
    }
    config.markers = markers;
  }
  const docs = docsBaseUrl(raw.docsBaseUrl);
  const placement = readMarkerPlacement(raw.markerPlacement);
  if (placement) config.markerPlacement = placement;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : true,
    maxFileBytes: maxFileBytes(raw.maxFileSize),
    maxProblems: maxProblems(raw.maxProblems),
    languages: strings(raw.languages) ?? [],
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
    ...(docs ? { docsBaseUrl: docs } : {}),
    fixAllIncludesInformation: isObject(raw.fixAll) && raw.fixAll.includeInformation === true,
    hidden: readHidden(raw.hidden),
    config,
  };
}

function isPlacement(value: unknown): value is MarkerPlacementSetting {
  return typeof value === 'string' && (MARKER_PLACEMENTS as readonly string[]).includes(value);
}

/** whosays.markerPlacement: one value for every language, or an object keyed by language. */
function readMarkerPlacement(value: unknown): EngineConfig['markerPlacement'] | undefined {
  if (isPlacement(value)) return placementForLanguages(value);
  if (!isObject(value)) return undefined;
  const placement: EngineConfig['markerPlacement'] = {};
  for (const language of MARKUP_LANGUAGES) {
    const setting = value[language];
    if (isPlacement(setting)) placement[language] = setting;
  }
  return placement;
}

/** JSON with object keys sorted: the same configuration always gives the same key. */
export function configKey(config: Partial<EngineConfig>): string {
  return JSON.stringify(config, (_key, value: unknown) =>
    isObject(value) ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]])) : value,
  );
}

export interface SettingsEnvironment {
  /** The client's `whosays` section for a resource (workspace/configuration, or what the client pushed). */
  clientSettings(uri: string): Promise<unknown>;
  fs: ServerFileSystem;
  /** The text of an open document (an open `.whosays.json` is read from the editor, not the disk). */
  openText(uri: string): string | undefined;
  /** Reports a configuration file's errors (an empty list clears them). `text` is what was parsed. */
  reportConfigErrors(uri: string, errors: ConfigError[], text: string | undefined): void;
  /** Where the rule pages are when whosays.docsBaseUrl is not set (initialization option, else beside the server). */
  defaultDocsBaseUrl?(): string | undefined;
}

interface LoadedConfigFile {
  /** The configuration to use: the file's own when valid, else its last good one (or none). */
  config: Partial<EngineConfig>;
  errors: ConfigError[];
}

export class SettingsStore {
  private readonly perResource = new Map<string, Promise<DocumentSettings>>();
  private readonly files = new Map<string, Promise<LoadedConfigFile>>();
  private readonly lastGood = new Map<string, Partial<EngineConfig>>();
  /** Bumped on every change: a lint computed under an older generation is not published. */
  generation = 0;
  /** Per configuration file, bumped on every change or deletion: a read started before is stale. */
  private readonly fileChanges = new Map<string, number>();

  constructor(private readonly env: SettingsEnvironment) {}

  /** The settings of a document (or of a file on disk), cached until something changes. */
  forResource(uri: string): Promise<DocumentSettings> {
    const key = uriKey(uri);
    let settings = this.perResource.get(key);
    if (!settings) {
      settings = this.resolve(uri);
      this.perResource.set(key, settings);
    }
    return settings;
  }

  /** The client's settings changed: every document reads them again. */
  clientSettingsChanged(): void {
    this.perResource.clear();
    this.generation++;
  }

  /**
   * A document was closed: its settings are read again when it is opened, since the client answers
   * per language (a document reopened in another language mode may have other settings).
   */
  documentClosed(uri: string): void {
    this.perResource.delete(uriKey(uri));
  }

  /**
   * A `.whosays.json` was created, changed or deleted (on disk or in the editor): it is read again,
   * and so is every document's choice of configuration file.
   */
  configFileChanged(uri: string, deleted = false): void {
    this.fileChanges.set(uriKey(uri), (this.fileChanges.get(uriKey(uri)) ?? 0) + 1);
    this.env.fs.clearCache();
    this.files.delete(uriKey(uri));
    if (deleted) {
      this.lastGood.delete(uriKey(uri));
      this.env.reportConfigErrors(uri, [], undefined);
    }
    this.perResource.clear();
    this.generation++;
  }

  /**
   * Every `.whosays.json` may have changed (a client that watches no files asked to reload, or
   * saved a document): each is read again on its next use.
   */
  allConfigFilesChanged(): void {
    for (const key of this.files.keys()) this.fileChanges.set(key, (this.fileChanges.get(key) ?? 0) + 1);
    this.env.fs.clearCache();
    this.files.clear();
    this.perResource.clear();
    this.generation++;
  }

  /** Reads a configuration file now and reports its errors (for an open or changed `.whosays.json`). */
  async checkConfigFile(uri: string): Promise<void> {
    await this.loadConfigFile(uri);
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    let raw: unknown;
    try {
      raw = await this.env.clientSettings(uri);
    } catch {
      raw = undefined;
    }
    const client = readClientSettings(raw);
    let configFile: string | undefined;
    try {
      configFile = await this.env.fs.findConfigFile(uri);
    } catch {
      configFile = undefined;
    }
    const file = configFile ? (await this.loadConfigFile(configFile)).config : {};
    const config = mergeConfigs(client.config, file);
    const docs = client.docsBaseUrl ?? this.env.defaultDocsBaseUrl?.();
    return {
      enable: client.enable,
      maxFileBytes: client.maxFileBytes,
      maxProblems: client.maxProblems,
      languages: client.languages,
      run: client.run,
      ...(docs ? { docsBaseUrl: docs } : {}),
      fixAllIncludesInformation: client.fixAllIncludesInformation,
      hidden: client.hidden,
      config,
      key: configKey(config),
      ...(configFile ? { configFile } : {}),
    };
  }

  private loadConfigFile(uri: string): Promise<LoadedConfigFile> {
    const key = uriKey(uri);
    let loaded = this.files.get(key);
    if (!loaded) {
      loaded = this.read(uri);
      this.files.set(key, loaded);
    }
    return loaded;
  }

  private async read(uri: string): Promise<LoadedConfigFile> {
    const key = uriKey(uri);
    // A read overtaken by a newer change or a deletion must not report: its errors (often "file
    // does not exist") would outlive the file.
    const change = this.fileChanges.get(key) ?? 0;
    let text = this.env.openText(uri);
    let unreadable: ConfigError | undefined;
    if (text === undefined) {
      try {
        text = await this.env.fs.readTextFile(uri);
      } catch (error) {
        unreadable = { message: error instanceof Error ? error.message : String(error), offset: 0, length: 0, line: 1, column: 1 };
      }
    }
    const { config, errors } = text !== undefined ? parseConfig(text) : { config: {}, errors: [unreadable!] };
    if (change !== (this.fileChanges.get(key) ?? 0)) return { config: this.lastGood.get(key) ?? {}, errors: [] };
    this.env.reportConfigErrors(uri, errors, text);
    if (errors.length > 0) return { config: this.lastGood.get(key) ?? {}, errors };
    this.lastGood.set(key, config);
    return { config, errors: [] };
  }
}
