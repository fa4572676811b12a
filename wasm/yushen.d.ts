// TypeScript declarations for the yushen WASM package (wasm/index.mjs), the worker client
// (wasm/client.mjs: loadInWorker) and the mini-program adapter (build/wasm/miniprogram/yushen.js).

export type Locale = 'zh-CN' | 'zh-TW' | 'en';
export type OutputFormat = 'ajv' | 'basic' | 'flag';

export interface AjvError {
  code: string;
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  errors?: AjvError[];
}

/**
 * A locale pack: the zh-TW or en messages the WASM core does not carry (locales/<tag>.json in
 * the npm package, locales/<tag>.js in the mini-program; made from core/report/codes.def).
 */
export interface LocalePack {
  format: number;
  /** The code table hash the core checks (a stale pack is refused: locale.pack_stale). */
  codes: string;
  locale: 'zh-TW' | 'en';
  messages: Record<string, string>;
}

export interface LoadOptions {
  /** Locales to load before the Promise resolves: tags ('en') or packs. zh-CN is built in. The
   * packs of the tags are fetched while the core downloads and compiles (npm package). */
  locales?: Array<Locale | LocalePack>;
  /** Where packs come from (default: locales/<tag>.json next to index.mjs, or the mini-program's modules). */
  fetchLocale?: (locale: 'zh-TW' | 'en') => LocalePack | string | Promise<LocalePack | string>;
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (name: string) => string;
  instantiateWasm?: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) => unknown;
  /** Mini-program adapter only: the code-package path of yushen_core.wasm.br. */
  wasmPath?: string;
}

export interface SchemaOptions {
  assertFormats?: boolean;
  dialect?: 'draft2020-12' | 'draft7';
  remotes?: Record<string, unknown>;
}

export interface ValidateOptions {
  output?: OutputFormat;
  locale?: Locale;
}

export declare class YushenError extends Error {
  constructor(code: string, message?: string, params?: Record<string, unknown>, path?: string);
  code: string;
  params: Record<string, unknown>;
  path: string;
}

export interface CompiledSchema {
  validate(instance: unknown, options?: ValidateOptions): ValidationResult;
  validateText(instance: unknown, options?: ValidateOptions): string;
  dispose(): void;
}

export interface RuleContext {
  today?: string;
  calendar?: unknown;
}

export interface CompiledRule {
  run(data: unknown, options?: { locale?: Locale }): unknown;
  runText(data: unknown, options?: { locale?: Locale }): string;
  dispose(): void;
}

export type Decision = 'ready' | 'ready-with-commitments' | 'needs-correction' | 'ineligible';
export type MaterialStatus = 'provided' | 'missing' | 'invalid' | 'deferred' | 'committed' | 'shared' | 'not-applicable';

/** One problem of a submission: `path` (JSON Pointer into the submission) or `material`. */
export interface CheckIssue {
  code: string;
  severity: 'error' | 'block' | 'warning';
  path?: string;
  material?: string;
  rule?: string;
  message: string;
  params: Record<string, unknown>;
}

/** The one-time notice (一次性告知): docs/template-format.md, "The report". */
export interface CheckReport {
  decision: Decision;
  issues: CheckIssue[];
  materials: { id: string; name: string; status: MaterialStatus }[];
  deferred: { material: string; due: string | null }[];
  commitments: { materials: string[]; letter: string; letterDigest: string; due: string | null };
  template: { id: string; version: string; digest: string };
  engine: string;
}

export interface CheckContext {
  now?: string;
  calendar?: unknown;
  credit?: { rating?: string; dishonest?: boolean; lastBrokenCommitment?: string | null };
  sharedMaterials?: string[];
  applicant?: { name?: string };
}

export interface FieldCheck {
  path: string;
  applies: boolean;
  issues: CheckIssue[];
}

/** What compile(template) returns. */
export interface CompiledTemplate {
  check(submission: unknown, context?: CheckContext | null, locale?: Locale): CheckReport;
  checkText(submission: unknown, context?: CheckContext | null, locale?: Locale): string;
  checkField(path: string, value: unknown, submission?: unknown, context?: CheckContext | null, locale?: Locale): FieldCheck;
  dispose(): void;
}

export interface Yushen {
  version: string;
  compileRule(rule: unknown, context?: RuleContext): CompiledRule;
  compileSchema(schema: unknown, options?: SchemaOptions): CompiledSchema;
  validate(schema: unknown, instance: unknown, options?: SchemaOptions & ValidateOptions): ValidationResult;
  /** Compiles a template (JSON text or object) once; throws YushenError. */
  compile(template: unknown): CompiledTemplate;
  /** The earlier name of compile(). */
  compileTemplate(template: unknown): CompiledTemplate;
  /**
   * Loads a locale's messages: by tag (fetched from the package), or a pack given directly.
   * Checking in a locale not loaded throws YushenError locale.not_loaded.
   */
  loadLocale(locale: Locale | LocalePack | string, pack?: LocalePack | string): Promise<void>;
  /** Whether messages in `locale` can be rendered now (zh-CN always). */
  hasLocale(locale: Locale): boolean;
}

/** Turns every method's result into a Promise: the API of loadInWorker(). */
type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K];
};

export interface WorkerYushen {
  version: string;
  compile(template: unknown): Promise<Async<CompiledTemplate>>;
  compileTemplate(template: unknown): Promise<Async<CompiledTemplate>>;
  compileSchema(schema: unknown, options?: SchemaOptions): Promise<Async<CompiledSchema>>;
  compileRule(rule: unknown, context?: RuleContext): Promise<Async<CompiledRule>>;
  validate(schema: unknown, instance: unknown, options?: SchemaOptions & ValidateOptions): Promise<ValidationResult>;
  loadLocale(locale: Locale | LocalePack | string, pack?: LocalePack | string): Promise<void>;
  hasLocale(locale: Locale): Promise<boolean>;
  terminate(): Promise<number> | void;
}

export interface WorkerOptions {
  /** Where worker.mjs is served (default: next to client.mjs). */
  workerUrl?: string | URL;
  wasmBinary?: ArrayBuffer | Uint8Array;
  locales?: Array<Locale | LocalePack>;
}

export declare function load(options?: LoadOptions): Promise<Yushen>;
/** client.mjs: the same API in a Web Worker (or a Node worker thread); not in the mini-program adapter. */
export declare function loadInWorker(options?: WorkerOptions): Promise<WorkerYushen>;
export declare function toWellFormed(text: string): string;
export declare function fixSurrogateEscapes(json: string): string;
