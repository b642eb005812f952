import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { InputError } from '../errors.js';
import { checkAgainstSchema, readInputText, readLayoutFile } from '../layout-spec/load.js';
import { editionJsonSchemas } from './jsonSchemas.js';
import { manifestSchema, type ModuleSpec } from './manifestSchema.js';
import { moduleRect, overlaps } from './moduleGrid.js';
import { PageLayouts } from './pageLayout.js';
import type { EditionPlan, PagePlan, StoryPlan } from './plan.js';

/**
 * Reads an edition manifest and plans it: page layouts and story layouts read and checked, every module placed on its
 * page's grid (inside the live area, overlapping no other), every continuation tied to its story on an earlier page.
 * Articles are read when their pages are composed, so that one bad story costs only its pages.
 */
export function loadManifest(manifestPath: string, pageLayouts = new PageLayouts()): EditionPlan {
  const fail = (where: string, problem: string): never => {
    throw new InputError(manifestPath, where, problem);
  };
  const text = readInputText(manifestPath, 'edition manifest');
  let yaml: unknown;
  try {
    yaml = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const position = error.linePos?.[0];
    fail(position ? `line ${position.line}, column ${position.col}` : '', `invalid YAML (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`);
  }
  const manifest = checkAgainstSchema(yaml, manifestPath, manifestSchema, () => editionJsonSchemas().manifest);
  const folder = path.dirname(manifestPath);
  const relative = (file: string): string => path.join(folder, file);

  const storyLayoutsChecked = new Set<string>();
  const stories: StoryPlan[] = [];
  const storyById = new Map<string, number>();
  const pages = manifest.pages.map((page, pageIndex): PagePlan => {
    const where = `pages[${pageIndex}]`;
    const layoutPath = relative(page.layout);
    const pageLayout = wrapInputError(where + '.layout', manifestPath, () => pageLayouts.get(layoutPath));
    const number = pageIndex + 1;
    const modules = page.stories.map((entry, moduleIndex) => {
      const at = `${where}.stories[${moduleIndex}]`;
      const storyLayoutPath = relative(entry.layout);
      if (!storyLayoutsChecked.has(storyLayoutPath)) {
        wrapInputError(`${at}.layout`, manifestPath, () => readLayoutFile(storyLayoutPath));
        storyLayoutsChecked.add(storyLayoutPath);
      }
      const rect = moduleRect(pageLayout, entry.module, (field, problem) => fail(`${at}.module${field}`, problem));
      let story: number;
      if (entry.article !== undefined && entry.continues === undefined) {
        story = stories.push({ key: entry.id ?? at, articlePath: relative(entry.article), parts: [] }) - 1;
        if (entry.id !== undefined) {
          if (storyById.has(entry.id)) fail(`${at}.id`, `'${entry.id}' names another story already`);
          storyById.set(entry.id, story);
        }
      } else if (entry.continues !== undefined && entry.article === undefined) {
        if (entry.id !== undefined) fail(`${at}.id`, 'a continuation has the id of the story it continues');
        const continued = storyById.get(entry.continues);
        if (continued === undefined) fail(`${at}.continues`, `no story with id '${entry.continues}' on an earlier page`);
        story = continued!;
        const previous = stories[story]!.parts.at(-1)!;
        if (previous.page === number) fail(`${at}.continues`, `'${entry.continues}' continues on a later page, not on page ${number} where it is`);
      } else {
        fail(at, 'give `article` for a story or `continues` for the continuation of one, not both');
      }
      stories[story!]!.parts.push({ page: number, module: moduleIndex });
      return { where: at, story: story!, part: stories[story!]!.parts.length - 1, layoutPath: storyLayoutPath, rect, spec: entry.module };
    });
    checkOverlaps(modules, fail);
    return { number, where, layoutPath, section: page.section, modules: modules.map(({ spec: _spec, ...module }) => module) };
  });
  return { manifestPath, paper: manifest.paper, date: manifest.date, edition: manifest.edition, lang: manifest.lang, profile: manifest.profile, pages, stories };
}

function checkOverlaps(modules: readonly { where: string; rect: PagePlan['modules'][number]['rect']; spec: ModuleSpec }[], fail: (where: string, problem: string) => never): void {
  modules.forEach((module, index) => {
    const other = modules.slice(0, index).find((earlier) => overlaps(earlier.rect, module.rect));
    if (other) fail(`${module.where}.module`, `overlaps the module of ${other.where.slice(other.where.lastIndexOf('.') + 1)}`);
  });
}

/** A problem in a file the manifest names is reported with the manifest's field that names it. */
function wrapInputError<T>(where: string, manifestPath: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(manifestPath, where, error.message);
  }
}
