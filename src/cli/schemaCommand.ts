import { editionJsonSchemas } from '../edition/jsonSchemas.js';
import { layoutJsonSchema } from '../layout-spec/jsonSchema.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

export async function schemaCommand(args: { out?: string | undefined; edition?: boolean; pageLayout?: boolean }): Promise<void> {
  const schema = args.edition ? editionJsonSchemas().manifest : args.pageLayout ? editionJsonSchemas().pageLayout : layoutJsonSchema();
  const json = `${JSON.stringify(schema, null, 2)}\n`;
  if (args.out) await writeFileAtomic(args.out, json);
  else process.stdout.write(json);
}
