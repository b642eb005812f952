import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { knownFieldsAt, layoutJsonSchema } from '../../src/layout-spec/jsonSchema.js';

/** What an editor's JSON Schema validator reports for a layout, checked with Ajv as a stand-in for one. */
// Formats (date-time) are left to editors: Ajv checks them only with a plug-in, which the schema does not need.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(layoutJsonSchema());

function errorsFor(json: unknown): ErrorObject[] {
  validate(json);
  return validate.errors ?? [];
}

const layoutFiles = [
  ...readdirSync('layouts').filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json')).map((name) => `layouts/${name}`),
  ...readdirSync('test/fixtures/layouts').filter((name) => name.endsWith('.json')).map((name) => `test/fixtures/layouts/${name}`),
];
/** The default layout and its one-photo story: a story inside `variants`, where editors must check blocks as well. */
const defaultLayout = (): { json: { variants: { story: Record<string, unknown>[] }[] }; story: Record<string, unknown>[]; at: string } => {
  const json = JSON.parse(readFileSync('layouts/default.json', 'utf8'));
  return { json, story: json.variants[2].story, at: '/variants/2/story' };
};

describe('the layout JSON Schema, as an editor checks with it', () => {
  it.each(layoutFiles)('accepts %s', (file) => {
    expect(errorsFor(JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('names a misspelt field of a body block at that block, with no union failure', () => {
    const { json, story, at } = defaultLayout();
    const index = story.findIndex((block) => block.type === 'body');
    story[index]!.dropcap = story[index]!.dropCap;
    const errors = errorsFor(json);
    expect(errors.map((error) => [error.instancePath, error.keyword, error.params])).toContainEqual([
      `${at}/${index}`,
      'additionalProperties',
      { additionalProperty: 'dropcap' },
    ]);
    expect(errors.filter((error) => ['oneOf', 'anyOf'].includes(error.keyword) && error.instancePath.startsWith(at))).toEqual([]);
  });

  it('names a wrong value of an image block at its own field', () => {
    const { json, story, at } = defaultLayout();
    story[0]!.heightMm = -5;
    expect(errorsFor(json).map((error) => error.instancePath)).toContain(`${at}/0/heightMm`);
  });

  it('names an unknown block type at its type field', () => {
    const { json, story, at } = defaultLayout();
    story[0]!.type = 'poster';
    expect(errorsFor(json).map((error) => [error.instancePath, error.keyword])).toContainEqual([`${at}/0/type`, 'enum']);
  });
});

describe('knownFieldsAt', () => {
  it('reads an object’s fields from the schema, choosing a story block’s by its type', () => {
    const json = { story: [{ type: 'headline' }, { type: 'body', floats: [{}] }] };
    expect(knownFieldsAt(layoutJsonSchema(), json, [])).toContain('baselineGrid');
    expect(knownFieldsAt(layoutJsonSchema(), json, ['story', 0])).toEqual(['type', 'style', 'columns', 'spaceAfterMm']);
    expect(knownFieldsAt(layoutJsonSchema(), json, ['story', 1])).toContain('dropCap');
    expect(knownFieldsAt(layoutJsonSchema(), json, ['story', 1, 'floats', 0])).toContain('rowOffset');
    expect(knownFieldsAt(layoutJsonSchema(), { styles: { body: {} } }, ['styles', 'body', 'wordSpace'])).toEqual(['stretchPct', 'shrinkPct', 'maxEm']);
    expect(knownFieldsAt(layoutJsonSchema(), json, ['nowhere', 'at', 'all'])).toEqual([]);
  });

  it('reads the fields of a variant, its condition and its blocks', () => {
    const json = { variants: [{ name: 'brief', when: {}, story: [{ type: 'image' }, { type: 'body', floats: [{}] }] }] };
    expect(knownFieldsAt(layoutJsonSchema(), json, ['variants', 0])).toEqual(['name', 'when', 'story']);
    expect(knownFieldsAt(layoutJsonSchema(), json, ['variants', 0, 'when'])).toEqual(['images', 'words', 'deck', 'byline', 'dateline']);
    expect(knownFieldsAt(layoutJsonSchema(), json, ['variants', 0, 'story', 0])).toEqual(expect.arrayContaining(['optional', 'minHeightMm', 'maxHeightMm']));
    expect(knownFieldsAt(layoutJsonSchema(), json, ['variants', 0, 'story', 1, 'floats', 0])).toEqual(expect.arrayContaining(['optional', 'minHeightMm', 'maxHeightMm']));
  });
});
