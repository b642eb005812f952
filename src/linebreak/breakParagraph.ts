import { resolveBreakOptions, type ResolvedBreakOptions } from './options.js';
import { sumParagraph, type SummedParagraph } from './summedParagraph.js';
import { searchPass, type BreakNode, type PassRules } from './searchPass.js';
import type { BreakOptions, BreakPass, BreakResult, Item, LineBreak } from './types.js';

/**
 * Breaks a paragraph into lines by Knuth & Plass's total-fit method: the breaking with the fewest total
 * demerits among those whose every line is within tolerance. Passes, each run only if the ones before found
 * nothing: `first` (tolerance), `second` (secondPassTolerance), `emergency` (any line whose ratio is at most
 * emergencyRatio, rated by its real looseness, badness uncapped), `overfull` (any underfull line, overfull lines where nothing
 * else fits). A looseness the first pass cannot meet is also sought in the later ones, as TeX does, but not in
 * the last resort. `items` must not change once broken: their sums and breakings are kept for the next breaking.
 */
export function breakParagraph(items: readonly Item[], options: BreakOptions): BreakResult {
  if (items.length === 0) return { breaks: [], pass: 'first', overfullLines: [], totalDemerits: 0 };
  const settings = resolveBreakOptions(options);
  const paragraph = sumParagraph(items, options.widthAt, options.hyphenAllowedAt?.bind(options));
  let results = resultsByItems.get(items);
  if (!results) {
    results = new Map();
    resultsByItems.set(items, results);
  }
  const key = breakingKey(settings, paragraph);
  let result = results.get(key);
  if (!result) {
    result = search(paragraph, settings);
    results.set(key, result);
  }
  return result;
}

/**
 * Breakings found so far, per items (which do not change once broken) and per settings and measures: a story flowed
 * again (balancing, copyfitting) breaks most of its paragraphs exactly as before. Results are shared: not changed.
 */
const resultsByItems = new WeakMap<readonly Item[], Map<string, BreakResult>>();

/** Everything a breaking depends on besides the items: the settings, and each line's measure and hyphen rule (run-length coded). */
function breakingKey(settings: ResolvedBreakOptions, paragraph: SummedParagraph): string {
  const parts: string[] = [Object.values(settings).join(',')];
  let run = '';
  let runLength = 0;
  for (let line = 0; line <= paragraph.lineBound; line++) {
    const measure = `${paragraph.widthOfLine(line)}${paragraph.hyphenAllowedOnLine(line) ? '' : 'x'}`;
    if (measure === run) {
      runLength++;
      continue;
    }
    if (runLength > 0) parts.push(`${run}*${runLength}`);
    run = measure;
    runLength = 1;
  }
  parts.push(`${run}*${runLength}`);
  return parts.join(' ');
}

function search(paragraph: SummedParagraph, settings: ResolvedBreakOptions): BreakResult {
  let chosen: { node: BreakNode; pass: BreakPass; linesGained: number } | undefined;
  for (const rules of regularPasses(settings)) {
    const ends = searchPass(paragraph, settings, rules);
    if (ends.length === 0) continue;
    const { node, linesGained } = chooseByLooseness(ends, settings.looseness);
    if (chosen === undefined || Math.abs(linesGained) > Math.abs(chosen.linesGained)) {
      chosen = { node, pass: rules.name, linesGained };
    }
    if (linesGained === settings.looseness) break;
  }
  if (chosen !== undefined) return resultFrom(chosen.node, chosen.pass);

  const lastResort: PassRules = { name: 'overfull', tolerance: Infinity, maxRatio: Infinity, rescue: true, rateUncapped: true };
  const ends = searchPass(paragraph, settings, lastResort);
  return resultFrom(chooseByLooseness(ends, 0).node, 'overfull');
}

function regularPasses(settings: ResolvedBreakOptions): PassRules[] {
  const passes: PassRules[] = [{ name: 'first', tolerance: settings.tolerance, maxRatio: Infinity, rescue: false, rateUncapped: false }];
  const raised = Math.max(settings.tolerance, settings.secondPassTolerance);
  if (raised > settings.tolerance) {
    passes.push({ name: 'second', tolerance: raised, maxRatio: Infinity, rescue: false, rateUncapped: false });
  }
  if (settings.emergencyRatio > 0) {
    // Lines are admitted by how far their own spaces stretch, not with extra stretch per line as TeX's
    // \emergencystretch does, which favours lines with few spaces: those then gape the most.
    passes.push({ name: 'emergency', tolerance: Infinity, maxRatio: settings.emergencyRatio, rescue: false, rateUncapped: true });
  }
  return passes;
}

/**
 * TeX's choice for `\looseness`: the line count between the optimum's and the optimum's plus looseness that is
 * farthest from the optimum, with the fewest demerits for that count.
 */
function chooseByLooseness(ends: readonly BreakNode[], looseness: number): { node: BreakNode; linesGained: number } {
  let optimum = ends[0]!;
  for (const node of ends) if (node.totalDemerits < optimum.totalDemerits) optimum = node;
  let chosen = optimum;
  let linesGained = 0;
  for (const node of ends) {
    const gained = node.line - optimum.line;
    if (gained < Math.min(0, looseness) || gained > Math.max(0, looseness)) continue;
    if (
      Math.abs(gained) > Math.abs(linesGained) ||
      (gained === linesGained && node.totalDemerits < chosen.totalDemerits)
    ) {
      chosen = node;
      linesGained = gained;
    }
  }
  return { node: chosen, linesGained };
}

function resultFrom(last: BreakNode, pass: BreakPass): BreakResult {
  const nodes: BreakNode[] = [];
  for (let node: BreakNode | null = last; node !== null && node.previous !== null; node = node.previous) {
    nodes.push(node);
  }
  nodes.reverse();
  const breaks: LineBreak[] = nodes.map((node) => ({
    position: node.position,
    start: node.previous!.start,
    ratio: node.ratio,
    flagged: node.flagged,
    demerits: node.demerits,
  }));
  const overfullLines = nodes.flatMap((node, index) => (node.overfull ? [index] : []));
  return { breaks, pass, overfullLines, totalDemerits: last.totalDemerits };
}
