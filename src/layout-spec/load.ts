import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { suggestName } from '../suggestName.js';
import { knownFieldsAt, layoutJsonSchema, type SchemaNode } from './jsonSchema.js';
import { layoutFileSchema, type LayoutFile } from './schema.js';
import { resolveLayout, type ResolvedLayout } from './resolve.js';

/** Reads, validates and resolves a layout file; every problem becomes one InputError line. */
export function loadLayout(filePath: string): ResolvedLayout {
  return resolveLayout(readLayoutFile(filePath), filePath);
}

/** Reads and validates a layout file, unresolved: an edition resolves one story layout for each module it sets. */
export function readLayoutFile(filePath: string): LayoutFile {
  return checkLayoutFile(readInputText(filePath, 'layout file'), filePath);
}

export function parseLayout(text: string, filePath: string): ResolvedLayout {
  return resolveLayout(checkLayoutFile(text, filePath), filePath);
}

function checkLayoutFile(text: string, filePath: string): LayoutFile {
  return checkAgainstSchema(parseJson(text.replace(/^\uFEFF/, ''), filePath), filePath, layoutFileSchema, layoutJsonSchema);
}

/** A file's text; a file that cannot be read is the user's input error, naming what it was meant to be. */
export function readInputText(filePath: string, what: string): string {
  try {
    return readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new InputError(filePath, '', `cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Checks parsed JSON (or YAML) against a zod schema; the first problem becomes one InputError line naming the field,
 * a misspelt field with the nearest field `jsonSchema()` knows at its place (made only then: it costs more than the check).
 */
export function checkAgainstSchema<Schema extends z.ZodType>(json: unknown, filePath: string, schema: Schema, jsonSchema: () => SchemaNode): z.output<Schema> {
  // Without reportInput, zod leaves `issue.input` undefined and every message would end in "got undefined".
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    // A misspelt field also makes the field it meant missing: name the misspelling, which is the cause.
    const issues = parsed.error.issues;
    const issue = issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? issues[0]!;
    throw new InputError(filePath, formatPath(issue.path), describeIssue(issue, json, jsonSchema));
  }
  return parsed.data;
}

export function parseJson(text: string, filePath: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(text, message);
    const where = offset === null ? '' : lineAndColumn(text, offset);
    throw new InputError(filePath, where, `invalid JSON (${describeJsonError(message)})`);
  }
}

/** Where JSON.parse failed; V8 gives a position for most errors, but not for an unexpected token. */
function jsonErrorOffset(text: string, message: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (!message.startsWith('Unexpected token')) return null;
  // The shortest prefix that fails on a token ends with that token (prefixes before it only end too early).
  let fine = 0;
  let failing = text.length;
  while (failing - fine > 1) {
    const middle = (fine + failing) >> 1;
    if (failsOnToken(text.slice(0, middle))) failing = middle;
    else fine = middle;
  }
  return failing - 1;
}

function failsOnToken(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    return (error as Error).message.startsWith('Unexpected token');
  }
}

/** V8's message without its position or its quote of the source, which may span lines. */
function describeJsonError(message: string): string {
  return message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^(Unexpected token '[\s\S]+?'), [\s\S]* is not valid JSON$/, '$1')
    .replace(/[\r\n\t]/g, (char) => JSON.stringify(char).slice(1, -1));
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** `['story', 2, 'heightMm']` → `story[2].heightMm`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown, jsonSchema: () => SchemaNode): string {
  // Messages the schema words itself start with "expected".
  if (issue.message.startsWith('expected ')) return `${issue.message}, got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownFieldsAt(jsonSchema(), json, issue.path);
      const named = issue.keys.map((key) => {
        const suggestion = suggestName(key, known);
        return suggestion ? `'${key}' (did you mean '${suggestion}'?)` : `'${key}'`;
      });
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${named.join(', ')}`;
    }
    case 'invalid_type':
      return issue.input === undefined ? `required (${issue.expected})` : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'number' && issue.minimum === 0) {
        return `expected a ${issue.inclusive ? 'non-negative' : 'positive'} number, got ${describeValue(issue.input)}`;
      }
      return issue.message;
    case 'invalid_union': {
      const { options } = issue as { options?: unknown[] };
      if (!Array.isArray(options)) return `not a valid value (${issue.message})`;
      const value = valueAt(json, issue.path);
      const suggestion = typeof value === 'string' ? suggestName(value, options.map(String)) : undefined;
      return (
        `expected one of ${options.map((option) => `'${String(option)}'`).join(', ')}, got ${describeValue(value)}` +
        (suggestion ? ` (did you mean '${suggestion}'?)` : '')
      );
    }
    default:
      return issue.message;
  }
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
