import { InputError } from '../errors.js';
import { describePosition, formatCodePoint } from './textPosition.js';

/**
 * Scripts written right to left: their letters are strong right-to-left characters (bidirectional class R or AL),
 * presentation forms included. Only scripts in Unicode 14 and earlier, which every Node 20 knows.
 */
const RIGHT_TO_LEFT_SCRIPTS = [
  'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko', 'Samaritan', 'Mandaic', 'Adlam', 'Hanifi_Rohingya', 'Mende_Kikakui',
  'Yezidi', 'Imperial_Aramaic', 'Phoenician', 'Kharoshthi', 'Old_South_Arabian', 'Old_North_Arabian', 'Avestan',
  'Inscriptional_Parthian', 'Inscriptional_Pahlavi', 'Psalter_Pahlavi', 'Manichaean', 'Nabataean', 'Palmyrene',
  'Hatran', 'Lydian', 'Cypriot', 'Old_Hungarian', 'Old_Sogdian', 'Sogdian', 'Elymaic', 'Chorasmian',
  'Meroitic_Cursive', 'Meroitic_Hieroglyphs', 'Old_Uyghur', 'Old_Turkic',
] as const;

/** Invisible controls that turn text right to left, by name (printing them would reorder the message itself). */
const RIGHT_TO_LEFT_CONTROLS: Readonly<Record<string, string>> = {
  '\u061C': 'ARABIC LETTER MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
};

const scriptClass = (script: string): string => `\\p{Script=${script}}`;

/**
 * A right-to-left character. Combining marks and digits of those scripts are left out: they take the direction of
 * the text around them, so alone (an Arabic-Indic digit in English text) they set correctly left to right.
 */
const RIGHT_TO_LEFT = new RegExp(
  `(?![\\p{M}\\p{N}])[${RIGHT_TO_LEFT_SCRIPTS.map(scriptClass).join('')}${Object.keys(RIGHT_TO_LEFT_CONTROLS).join('')}]`,
  'u',
);

/**
 * Refuses right-to-left text (Hebrew, Arabic and the other right-to-left scripts, or an explicit right-to-left
 * mark, embedding, override or isolate), naming the first such character's line and column. The engine sets
 * every line left to right, so such text would print with its letters in the wrong order. Expects normalised
 * text (LF line ends, no byte-order mark), whose lines are the file's lines.
 */
export function assertLeftToRight(text: string, file: string): void {
  const match = RIGHT_TO_LEFT.exec(text);
  if (!match) return;
  throw new InputError(file, describePosition(text, match.index), `right-to-left text is not supported: ${describeCharacter(match[0])}`);
}

/** `Hebrew 'ש' (U+05E9)`, or `RIGHT-TO-LEFT MARK (U+200F)` for an invisible control. */
function describeCharacter(char: string): string {
  const control = RIGHT_TO_LEFT_CONTROLS[char];
  if (control) return `${control} (${formatCodePoint(char)})`;
  // Not a control, so the character matched one of the scripts.
  const script = RIGHT_TO_LEFT_SCRIPTS.find((name) => new RegExp(scriptClass(name), 'u').test(char))!;
  return `${scriptName(script)} '${char}' (${formatCodePoint(char)})`;
}

function scriptName(script: string): string {
  return script === 'Nko' ? 'N’Ko' : script.replaceAll('_', ' ');
}
