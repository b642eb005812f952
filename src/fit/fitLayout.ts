import type { Article } from '../article/types.js';
import { composePage } from '../compose/composePage.js';
import { InputError } from '../errors.js';
import { FontSet } from '../fonts/fontSet.js';
import { resolveLayout } from '../layout-spec/resolve.js';
import { layoutFileSchema, type LayoutFile } from '../layout-spec/schema.js';
import { DEFAULT_FIT_OPTIONS, type FitOptions } from './options.js';
import { bodyBlocks, fitParameters, type FitParameter, type LayoutJson, type ParameterValue } from './parameters.js';
import { scoreDocument, type FitScore } from './score.js';
import { searchLayout, type SearchPlan, type StageReport, type Values } from './search.js';


export interface FitChange {
  parameter: string;
  from: string;
  to: string;
}

export interface FitResult {
  /** The fitted layout's JSON: the start's, with the changed fields written. */
  json: LayoutJson;
  start: FitScore;
  best: FitScore;
  changes: FitChange[];
  evaluations: number;
  /** How the search spent its budget. */
  stages: StageReport[];
  stoppedBy: 'converged' | 'budget';
  /** Candidates that were not valid layouts (a measure too narrow, say) and were skipped. */
  invalid: number;
  timeMs: { total: number; firstCompose: number; composeMean: number };
}

/** The discrete choices tried in every combination first (see `searchLayout`). */
const GRID_PARAMETERS = ['widows and orphans', 'indent'];
const LINE_PARAMETERS = ['column width', 'body size'];
const GRID_POINTS_FOLLOWED = 3;
/**
 * Justifying by the word spaces alone, as most typesetters do (Typst, TeX without microtype, browsers): every
 * line's letter spacing and glyph widths differ from ours, which no single change undoes.
 */
const WORD_SPACES_ONLY: Readonly<Record<string, ParameterValue>> = { 'glyph expansion': 0, 'tracking stretch': 0, 'tracking shrink': 0 };

/**
 * Searches the layout's free settings (see `fitParameters`) for the one that sets the article's story closest to
 * the original's recorded column and line ends (`searchLayout`), each candidate a composition of the page with the
 * same fonts. Deterministic: the budget is a number of compositions, not a time.
 */
export function fitLayout(article: Article, startJson: LayoutJson, layoutPath: string, options: FitOptions = DEFAULT_FIT_OPTIONS): FitResult {
  const started = performance.now();
  const startLayout = parseLayoutJson(startJson, layoutPath);
  const bodyStyle = bodyBlocks(startLayout)[0]?.style ?? 'body';
  if (!startLayout.styles[bodyStyle]) throw new InputError(layoutPath, 'styles', `no body style '${bodyStyle}' to fit`);
  const parameters = fitParameters(options);
  const startValues = parameters.map((parameter) => parameter.read(startLayout, bodyStyle));
  const fonts = new FontSet(resolveLayout(startLayout, layoutPath).fontFiles);

  const jsonOf = (values: readonly ParameterValue[]): LayoutJson => {
    const json = structuredClone(startJson);
    parameters.forEach((parameter, index) => {
      if (values[index] !== startValues[index]) parameter.write(json, bodyStyle, values[index]!, startLayout);
    });
    return json;
  };
  const composeTimes: number[] = [];
  let invalid = 0;
  const evaluate = (values: Values): FitScore | null => {
    const composeStarted = performance.now();
    try {
      const layout = resolveLayout(parseLayoutJson(jsonOf(values), layoutPath), layoutPath);
      return scoreDocument(composePage(article, layout, fonts), article);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      invalid++;
      return null;
    } finally {
      composeTimes.push(performance.now() - composeStarted);
    }
  };
  const plan: SearchPlan = {
    candidates: parameters.map((parameter, index) => parameter.candidates(startValues[index]!)),
    grid: GRID_PARAMETERS.map((name) => parameterIndex(parameters, name)),
    presets: [new Map(Object.entries(WORD_SPACES_ONLY).map(([name, value]) => [parameterIndex(parameters, name), value]))],
    line: LINE_PARAMETERS.map((name) => parameterIndex(parameters, name)),
    keep: GRID_POINTS_FOLLOWED,
  };
  const found = searchLayout(startValues, plan, evaluate, options.maxEvaluations);
  if (found === null) throw new InputError(layoutPath, '', 'the layout cannot set this article');

  const total = performance.now() - started;
  return {
    json: jsonOf(found.values),
    start: found.startScore,
    best: found.score,
    changes: describeChanges(parameters, startValues, found.values),
    evaluations: composeTimes.length,
    stages: found.stages,
    stoppedBy: found.stoppedBy,
    invalid,
    timeMs: { total, firstCompose: composeTimes[0] ?? 0, composeMean: mean(composeTimes.slice(1)) },
  };
}

/** The layout file read from its JSON with defaults applied; a layout the schema refuses is an InputError naming the field. */
function parseLayoutJson(json: LayoutJson, layoutPath: string): LayoutFile {
  const parsed = layoutFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(layoutPath, issue.path.join('.'), issue.message);
  }
  return parsed.data;
}

function describeChanges(parameters: readonly FitParameter[], from: readonly ParameterValue[], to: readonly ParameterValue[]): FitChange[] {
  return parameters.flatMap((parameter, index) =>
    from[index] === to[index] ? [] : [{ parameter: parameter.name, from: parameter.format(from[index]!), to: parameter.format(to[index]!) }],
  );
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function parameterIndex(parameters: readonly FitParameter[], name: string): number {
  const index = parameters.findIndex((parameter) => parameter.name === name);
  if (index < 0) throw new Error(`fit: no parameter '${name}'`);
  return index;
}
