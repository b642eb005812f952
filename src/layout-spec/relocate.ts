import path from 'node:path';

/**
 * A layout's JSON as it must read when written to another folder: font files given relative to the layout (no
 * `package`) and a relative `$schema` are re-pointed from `fromFolder` to `toFolder`; everything else is unchanged.
 */
export function relocateLayoutJson(json: Record<string, unknown>, fromFolder: string, toFolder: string): Record<string, unknown> {
  const relocated = structuredClone(json);
  const rebase = (file: string): string => (path.isAbsolute(file) ? file : path.relative(toFolder, path.resolve(fromFolder, file)).split(path.sep).join('/'));
  if (typeof relocated.$schema === 'string' && !/^[a-z]+:/i.test(relocated.$schema)) relocated.$schema = rebase(relocated.$schema);
  const families = relocated.fonts;
  if (typeof families !== 'object' || families === null) return relocated;
  for (const family of Object.values(families as Record<string, Record<string, { package?: unknown; file?: unknown }>>)) {
    for (const source of Object.values(family ?? {})) {
      if (source && typeof source.file === 'string' && source.package === undefined) source.file = rebase(source.file);
    }
  }
  return relocated;
}
