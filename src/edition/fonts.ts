import { InputError } from '../errors.js';
import { readLayoutFile } from '../layout-spec/load.js';
import { resolveTypography } from '../layout-spec/resolve.js';
import type { PageLayouts } from './pageLayout.js';
import type { EditionPlan } from './plan.js';

/**
 * The font files of every layout the edition uses, by font id (`Newsreader/regular`): one set of faces for all its
 * pages, so a layout may not give an id a file another layout gives another.
 */
export function editionFontFiles(plan: EditionPlan, pageLayouts: PageLayouts): Map<string, string> {
  const files = new Map<string, string>();
  const owners = new Map<string, string>();
  const add = (layoutPath: string, fontFiles: ReadonlyMap<string, string>): void => {
    for (const [id, file] of fontFiles) {
      const known = files.get(id);
      if (known !== undefined && known !== file) {
        const [family, variant] = id.split('/');
        throw new InputError(layoutPath, `fonts.${family}.${variant}`, `is ${file}, but ${owners.get(id)} gives the same family ${known}; an edition sets every page with one file per family`);
      }
      files.set(id, file);
      owners.set(id, layoutPath);
    }
  };
  const storyLayouts = new Set<string>();
  for (const page of plan.pages) {
    add(page.layoutPath, pageLayouts.get(page.layoutPath).typography.fontFiles);
    for (const module of page.modules) storyLayouts.add(module.layoutPath);
  }
  for (const layoutPath of [...storyLayouts].sort()) add(layoutPath, resolveTypography(readLayoutFile(layoutPath), layoutPath).fontFiles);
  return files;
}
