import { layoutJsonSchema } from '../layout-spec/jsonSchema.js';
import { writeFileAtomic } from './writeFileAtomic.js';

export async function schemaCommand(args: { out?: string | undefined }): Promise<void> {
  const json = `${JSON.stringify(layoutJsonSchema(), null, 2)}\n`;
  if (args.out) await writeFileAtomic(args.out, json);
  else process.stdout.write(json);
}
