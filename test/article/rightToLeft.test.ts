import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { assertLeftToRight } from '../../src/article/rightToLeft.js';
import { InputError } from '../../src/errors.js';

/** The message `assertLeftToRight` throws for `text`, or null when it accepts the text. */
function refusalOf(text: string): string | null {
  try {
    assertLeftToRight(text, 'a.md');
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    return (error as InputError).message;
  }
}

describe('assertLeftToRight: accepts left-to-right text', () => {
  it.each([
    ['English with accents and typography', 'Café “déjà vu” — naïve façade, 1,000 km.'],
    ['Greek, Cyrillic, Chinese, Devanagari', 'Αθήνα Москва 上海 दिल्ली'],
    ['emoji', 'Ferry 🚢 at dawn'],
    ['the left-to-right mark and embeddings', 'a\u200Eb\u202Ac\u202Cd\u202De\u2066f\u2069'],
    ['Arabic-Indic digits, which take the direction of the text around them', 'Flight ٣٤٥ leaves at ۱۲'],
    ['the Arabic comma (a separator, not a letter)', 'one\u060C two'],
    ['a Hebrew point on its own (a combining mark)', 'x\u05B0y'],
  ])('%s', (_name, text) => {
    expect(refusalOf(text)).toBeNull();
  });
});

describe('assertLeftToRight: refuses right-to-left text, naming the first character', () => {
  it.each([
    ['שלום', "Hebrew 'ש' (U+05E9)"],
    ['مرحبا', "Arabic 'م' (U+0645)"],
    ['ܫܠܡܐ', "Syriac 'ܫ' (U+072B)"],
    ['ދިވެހި', "Thaana 'ދ' (U+078B)"],
    ['ߒߞߏ', "N’Ko 'ߒ' (U+07D2)"],
    ['\uFB2A', "Hebrew '\uFB2A' (U+FB2A)"],
    ['\uFB50', "Arabic '\uFB50' (U+FB50)"],
    ['\uFEFB', "Arabic '\uFEFB' (U+FEFB)"],
    ['\u{1E900}', "Adlam '\u{1E900}' (U+1E900)"],
    ['\u{10900}', "Phoenician '\u{10900}' (U+10900)"],
  ])('%s', (rightToLeft, named) => {
    expect(refusalOf(`The word ${rightToLeft} here.`)).toBe(`a.md: line 1, column 10: right-to-left text is not supported: ${named}`);
  });

  it.each([
    ['\u200F', 'RIGHT-TO-LEFT MARK (U+200F)'],
    ['\u202B', 'RIGHT-TO-LEFT EMBEDDING (U+202B)'],
    ['\u202E', 'RIGHT-TO-LEFT OVERRIDE (U+202E)'],
    ['\u2067', 'RIGHT-TO-LEFT ISOLATE (U+2067)'],
    ['\u061C', 'ARABIC LETTER MARK (U+061C)'],
  ])('names the invisible control %j instead of printing it', (control, named) => {
    expect(refusalOf(`ab${control}c`)).toBe(`a.md: line 1, column 3: right-to-left text is not supported: ${named}`);
  });

  it('counts lines, and columns in characters (an emoji is one)', () => {
    expect(refusalOf('first\nsecond 🚢 שלום, then مرحبا')).toBe(
      "a.md: line 2, column 10: right-to-left text is not supported: Hebrew 'ש' (U+05E9)",
    );
  });

  it('skips a leading combining mark and names the letter it sits on', () => {
    expect(refusalOf('x \u05B0ש')).toBe("a.md: line 1, column 4: right-to-left text is not supported: Hebrew 'ש' (U+05E9)");
  });
});

describe('parseArticle refuses right-to-left text anywhere in the file', () => {
  it('in the front matter', () => {
    expect(() => parseArticle('---\nheadline: Visit to القدس\n---\n\nBody.\n', 'a.md')).toThrow(
      "a.md: line 2, column 20: right-to-left text is not supported: Arabic 'ا' (U+0627)",
    );
  });

  it('in the body, on the line of the file even with Windows line ends and a byte-order mark', () => {
    const text = '\uFEFF---\r\nheadline: H\r\n---\r\n\r\nOne.\r\n\r\nShe said \u200Fשלום.\r\n';
    expect(() => parseArticle(text, 'a.md')).toThrow('a.md: line 7, column 10: right-to-left text is not supported: RIGHT-TO-LEFT MARK (U+200F)');
  });
});
