import { z } from 'zod';
import type { SchemaNode } from '../layout-spec/jsonSchema.js';
import { manifestSchema } from './manifestSchema.js';
import { pageLayoutSchema } from './pageLayoutSchema.js';

let schemas: { manifest: SchemaNode; pageLayout: SchemaNode } | undefined;

/** The edition manifest and the page layout format as JSON Schema (2020-12), for editors and for naming misspelt fields. */
export function editionJsonSchemas(): { manifest: SchemaNode; pageLayout: SchemaNode } {
  schemas ??= {
    manifest: z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode,
    pageLayout: z.toJSONSchema(pageLayoutSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode,
  };
  return schemas;
}
