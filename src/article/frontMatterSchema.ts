import { z } from 'zod';
import { InputError } from '../errors.js';
import type { ArticleImageEntry } from './document.js';
import { suggestName } from '../suggestName.js';

const nonEmptyText = z.string().trim().min(1);

const imageEntrySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "must be letters, digits, '-' or '_', starting with a letter or digit")
    .optional(),
  src: nonEmptyText,
  caption: nonEmptyText,
  credit: nonEmptyText,
  alt: nonEmptyText.optional(),
});

const pullQuoteSchema = z.strictObject({
  text: nonEmptyText,
  attribution: nonEmptyText.optional(),
});

const languageTag = z.string().transform((tag, context) => {
  try {
    // Intl knows BCP 47 and gives the canonical spelling (`en-us` → `en-US`).
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical !== undefined) return canonical;
  } catch {
    // reported below
  }
  context.addIssue({ code: 'custom', message: `not a BCP 47 language tag ('${tag}'; e.g. 'en-US')` });
  return z.NEVER;
});

const frontMatterSchema = z.strictObject({
  headline: nonEmptyText,
  jumpHeadline: nonEmptyText.optional(),
  deck: nonEmptyText.optional(),
  byline: nonEmptyText.optional(),
  dateline: nonEmptyText.optional(),
  source: nonEmptyText.optional(),
  date: z.iso.date().optional(),
  lang: languageTag.default('en-US'),
  dropCap: z.boolean().default(false),
  images: z.array(imageEntrySchema).default([]),
  pullQuotes: z.array(pullQuoteSchema).optional(),
  originalColumnEnds: z.array(nonEmptyText).optional(),
  originalLineEnds: z.array(nonEmptyText).optional(),
});

/** The front matter after validation, defaults applied: every image has its id and alt. */
export type FrontMatter = Omit<z.output<typeof frontMatterSchema>, 'images'> & {
  images: Required<ArticleImageEntry>[];
};

type Issue = z.core.$ZodIssue;

const FRONT_MATTER_FIELDS = Object.keys(frontMatterSchema.shape);
/** The fields of each list of mappings in the front matter, by the list's name, for suggestions. */
const LIST_ENTRY_FIELDS: Record<string, string[]> = {
  images: Object.keys(imageEntrySchema.shape),
  pullQuotes: Object.keys(pullQuoteSchema.shape),
};

/** Validates parsed YAML as article front matter; the first problem is thrown as an InputError. */
export function validateFrontMatter(data: unknown, file: string): FrontMatter {
  const value = data ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(file, 'front matter', `expected 'field: value' lines, got ${describeValue(value)}`);
  }
  const result = frontMatterSchema.safeParse(value, { reportInput: true });
  if (!result.success) throw issueError(result.error.issues, file);
  return { ...result.data, images: completeImages(result.data.images, file) };
}

function issueError(issues: readonly Issue[], file: string): InputError {
  // A misspelt field also makes the real one look missing: report the unknown name first, it is the cause.
  const issue = issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? issues[0];
  if (issue === undefined) return new InputError(file, 'front matter', 'invalid');
  return new InputError(file, whereOf(issue), describeIssue(issue));
}

function completeImages(images: readonly ArticleImageEntry[], file: string): Required<ArticleImageEntry>[] {
  const indexById = new Map<string, number>();
  return images.map((image, index) => {
    const id = image.id ?? `image-${index + 1}`;
    const other = indexById.get(id);
    if (other !== undefined) {
      throw new InputError(file, `images[${index}].id`, `duplicate id '${id}' (also used by images[${other}])`);
    }
    indexById.set(id, index);
    return { id, src: image.src, caption: image.caption, credit: image.credit, alt: image.alt ?? image.caption };
  });
}

function whereOf(issue: Issue): string {
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return path === '' ? 'front matter' : path.replace(/^\./, '');
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = issue.path.length === 0 ? FRONT_MATTER_FIELDS : (LIST_ENTRY_FIELDS[String(issue.path[0])] ?? []);
      return issue.keys.map((key) => unknownField(key, known)).join('; ');
    }
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${describeExpected(issue.expected)}, got ${describeValue(issue.input)}${quoteHint(issue)}`;
    case 'too_small':
      return 'must not be empty';
    default:
      return issue.message;
  }
}

function unknownField(key: string, known: readonly string[]): string {
  const suggestion = suggestName(key, known);
  return suggestion === undefined ? `unknown field '${key}'` : `unknown field '${key}' (did you mean '${suggestion}'?)`;
}

function describeExpected(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    boolean: 'true or false',
    array: 'a list',
    object: "a mapping of 'field: value' lines",
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text '${value}'`;
  return `${typeof value} ${String(value)}`;
}

/** YAML reads `2023` or `true` as a number or boolean; quoting makes it text. */
function quoteHint(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  const quotable = typeof issue.input === 'number' || typeof issue.input === 'boolean';
  return issue.expected === 'string' && quotable ? ' (put it in quotes)' : '';
}
