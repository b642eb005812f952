import { describe, expect, it } from 'vitest';
import { layoutJsonSchema } from '../../src/layout-spec/jsonSchema.js';
import { layoutFileSchema } from '../../src/layout-spec/schema.js';
import { minimalLayoutJson } from './minimalLayout.js';

interface JsonSchemaNode {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchemaNode & { allOf?: { if: JsonSchemaNode; then: JsonSchemaNode }[]; oneOf?: unknown };
  enum?: string[];
  description?: string;
  exclusiveMinimum?: number;
  minimum?: number;
}

describe('layoutJsonSchema', () => {
  const schema = layoutJsonSchema() as JsonSchemaNode & { $schema?: string; oneOf?: unknown };

  it('is a JSON Schema of an object with the layout file’s top-level fields', () => {
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties!)).toEqual(
      expect.arrayContaining(['name', 'page', 'columns', 'baselineGrid', 'fonts', 'styles', 'story', 'creationDate']),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes the input: fields with defaults are optional', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'page', 'columns']));
    // A story for any article, or variants chosen by what the article has: one of the two.
    expect(schema.oneOf).toEqual([{ required: ['story'] }, { required: ['variants'] }]);
    expect(schema.required).not.toContain('creationDate');
    const page = schema.properties!.page!;
    expect(page.required).toEqual(expect.arrayContaining(['widthMm', 'heightMm', 'margins']));
    expect(page.required).not.toContain('bleedMm');
  });

  it('carries the constraints: a positive integer column count, a non-negative gutter', () => {
    const columns = schema.properties!.columns!.properties!;
    expect(columns.count).toMatchObject({ type: 'integer', exclusiveMinimum: 0 });
    expect(columns.gutterMm).toMatchObject({ type: 'number', minimum: 0 });
  });

  it('offers fallbackFonts, an optional list of family names', () => {
    expect(schema.properties!.fallbackFonts).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(schema.required).not.toContain('fallbackFonts');
  });

  it('tells story blocks apart by type: one if/then per kind of block, no oneOf for an editor to fail on as a whole', () => {
    const items = schema.properties!.story!.items!;
    expect(items.oneOf).toBeUndefined();
    expect(items.required).toEqual(['type']);
    expect(items.properties!.type!.enum).toEqual(['image', 'headline', 'deck', 'byline', 'dateline', 'body']);
    expect(items.allOf!.map((branch) => branch.if.properties!.type!.enum)).toEqual([['image'], ['headline', 'deck', 'byline', 'dateline'], ['body']]);
    expect(Object.keys(items.allOf![2]!.then.properties!)).toContain('dropCap');
  });
});

describe('layoutFileSchema', () => {
  it('accepts the minimal layout and fills in defaults', () => {
    const parsed = layoutFileSchema.parse(minimalLayoutJson());
    expect(parsed.page.bleedMm).toBe(0);
    expect(parsed.creationDate).toBe('2000-01-01T00:00:00Z');
    expect(parsed.baselineGrid.capHeightStyle).toBe('body');
    expect(parsed.story?.[0]).toMatchObject({ type: 'body', style: 'body', balance: false, floats: [] });
  });

  it('refuses a source-line format without {source}', () => {
    const json = minimalLayoutJson();
    json.story = [{ type: 'body', sourceLine: { format: 'Agencies' } }];
    expect(layoutFileSchema.safeParse(json).success).toBe(false);
  });

  it('refuses balanced lines in a justified style, naming the field', () => {
    const json = minimalLayoutJson();
    json.styles = { ...json.styles, body: { ...json.styles!.body!, align: 'justify', balanceRagged: true } };
    const parsed = layoutFileSchema.safeParse(json);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['styles', 'body', 'balanceRagged']);
  });
});
