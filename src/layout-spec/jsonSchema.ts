import { z } from 'zod';
import { layoutFileSchema } from './schema.js';

/** A JSON Schema node, as far as this module reads and rewrites it. */
export type SchemaNode = { [key: string]: unknown };

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The layout format as JSON Schema (2020-12), for editors completing and checking layout files. Story blocks are a
 * union told apart by `type`: written as one `if`/`then` per type rather than zod's `oneOf`, so that an editor
 * checks a block against its own type's fields and names the wrong field, instead of "not valid under any of the
 * given schemas".
 */
export function layoutJsonSchema(): SchemaNode {
  const schema = z.toJSONSchema(layoutFileSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
  // A layout has a story for any article or variants to choose from: resolveLayout checks this in one line.
  return { ...(rewriteDiscriminatedUnions(schema) as SchemaNode), oneOf: [{ required: ['story'] }, { required: ['variants'] }] };
}

/**
 * Every `oneOf` whose branches are objects with a `type` field of their own values becomes `if`/`then` per branch;
 * zod's non-standard `includes` format is dropped.
 */
function rewriteDiscriminatedUnions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteDiscriminatedUnions);
  if (!isNode(node)) return node;
  const rewritten: SchemaNode = {};
  for (const [key, value] of Object.entries(node)) rewritten[key] = rewriteDiscriminatedUnions(value);
  // zod names its `includes` check as a format, which JSON Schema does not have; the pattern beside it says the same.
  if (rewritten.format === 'includes' && typeof rewritten.pattern === 'string') delete rewritten.format;
  const branches = rewritten.oneOf;
  if (!Array.isArray(branches)) return rewritten;
  const valuesByBranch = branches.map((branch) => discriminatorValues(branch));
  if (valuesByBranch.some((values) => values === null)) return rewritten;
  const { oneOf: _oneOf, ...rest } = rewritten;
  const allValues = valuesByBranch.flatMap((values) => values!);
  return {
    ...rest,
    type: 'object',
    required: ['type'],
    properties: { type: { enum: allValues, description: 'What the block is' } },
    allOf: branches.map((branch, index) => ({
      if: { properties: { type: { enum: valuesByBranch[index] } }, required: ['type'] },
      then: branch,
    })),
  };
}

/** The values of an object branch's `type` field (a `const` or an `enum`), or null when it has none. */
function discriminatorValues(branch: unknown): string[] | null {
  if (!isNode(branch) || !isNode(branch.properties)) return null;
  const type = branch.properties.type;
  if (!isNode(type)) return null;
  if (typeof type.const === 'string') return [type.const];
  if (Array.isArray(type.enum) && type.enum.every((value) => typeof value === 'string')) return type.enum as string[];
  return null;
}

/**
 * The field names an object at `path` of a layout file may have, read from the JSON Schema with the file's own
 * values choosing among a union's branches (a story block's `type`). Empty when the path leads nowhere known.
 */
export function knownFieldsAt(rootSchema: SchemaNode, json: unknown, path: readonly PropertyKey[]): string[] {
  let schema: unknown = rootSchema;
  let value = json;
  for (const key of path) {
    schema = childSchema(schema, key, value);
    value = isNode(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  return Object.keys(propertiesOf(schema, value));
}

function childSchema(schema: unknown, key: PropertyKey, value: unknown): unknown {
  if (!isNode(schema)) return undefined;
  if (typeof key === 'number') return schema.items;
  const properties = propertiesOf(schema, value);
  return properties[String(key)] ?? (isNode(schema.additionalProperties) ? schema.additionalProperties : undefined);
}

/** An object schema's fields, with those of the `if`/`then` branch its value selects. */
function propertiesOf(schema: unknown, value: unknown): SchemaNode {
  if (!isNode(schema)) return {};
  const own = isNode(schema.properties) ? schema.properties : {};
  if (!Array.isArray(schema.allOf)) return own;
  const type = isNode(value) ? value.type : undefined;
  const branch = schema.allOf.find((part) => {
    const values = isNode(part) && isNode(part.if) && isNode(part.if.properties) && isNode(part.if.properties.type) ? part.if.properties.type.enum : undefined;
    return Array.isArray(values) && values.includes(type);
  }) as SchemaNode | undefined;
  const branchProperties = isNode(branch?.then) && isNode(branch.then.properties) ? branch.then.properties : {};
  return { ...own, ...branchProperties };
}
