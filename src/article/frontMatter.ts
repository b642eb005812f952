import YAML from 'yaml';
import { InputError } from '../errors.js';

/** A Markdown file cut into its YAML front matter and its body, with where the body starts. */
export interface SplitArticleText {
  /** The parsed YAML; `undefined` when the front matter is empty. */
  data: unknown;
  body: string;
  /** 1-based line number in the file of the body's first line. */
  bodyFirstLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Cuts the `---` fenced front matter off the text and parses it as YAML. Expects normalised text (LF only). */
export function splitFrontMatter(text: string, file: string): SplitArticleText {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    throw new InputError(file, 'front matter', "missing: the file must start with a '---' line");
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing < 0) throw new InputError(file, 'front matter', "no closing '---' line");
  return {
    data: parseYaml(lines.slice(1, closing).join('\n'), file),
    body: lines.slice(closing + 1).join('\n'),
    bodyFirstLine: closing + 2,
  };
}

function parseYaml(yamlText: string, file: string): unknown {
  const document = YAML.parseDocument(yamlText);
  const error = document.errors[0];
  if (error !== undefined) {
    // yaml's message spans several lines with a code excerpt; keep the first line without its own position.
    const problem = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const position = error.linePos?.[0];
    // The YAML starts on the file's second line, after the opening fence.
    const at = position === undefined ? '' : ` at line ${position.line + 1}, column ${position.col}`;
    throw new InputError(file, 'front matter', `YAML error${at}: ${problem}`);
  }
  return document.toJS();
}
