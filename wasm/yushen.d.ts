// TypeScript declarations for the yushen WASM package (wasm/index.mjs).

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

export interface LoadOptions {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (name: string) => string;
  instantiateWasm?: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) => unknown;
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

export interface Yushen {
  version: string;
  compileRule(rule: unknown, context?: RuleContext): CompiledRule;
  compileSchema(schema: unknown, options?: SchemaOptions): CompiledSchema;
  validate(schema: unknown, instance: unknown, options?: SchemaOptions & ValidateOptions): ValidationResult;
}

export declare function load(options?: LoadOptions): Promise<Yushen>;
export declare function toWellFormed(text: string): string;
