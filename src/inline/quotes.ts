/** Opening and closing double and single quotes by language; English forms unless the language has its own. */
const QUOTES_BY_LANGUAGE: Record<string, { open2: string; close2: string; open1: string; close1: string }> = {
  en: { open2: '\u201C', close2: '\u201D', open1: '\u2018', close1: '\u2019' },
  de: { open2: '\u201E', close2: '\u201C', open1: '\u201A', close1: '\u2018' },
  nl: { open2: '\u201C', close2: '\u201D', open1: '\u2018', close1: '\u2019' },
};

/** A quote opens after the start of the text, white space, an opening bracket or dash, or another opening quote. */
const OPENS_AFTER = /[\s([{\u2014\u2013\u201C\u2018\u201E\u201A-]/u;

/**
 * Turns typewriter quotes into typographic ones, as a typesetter would: `"It's"` → `“It’s”`. An apostrophe inside
 * or at the end of a word becomes a closing single quote. `before` is the character preceding `text` (the end of
 * the previous span), so that a paragraph can be converted span by span.
 */
export function curlQuotes(text: string, lang: string, before = ''): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const quotes = QUOTES_BY_LANGUAGE[lang.toLowerCase().split('-')[0]!] ?? QUOTES_BY_LANGUAGE.en!;
  let previous = before;
  let result = '';
  for (const char of text) {
    const opening = previous === '' || OPENS_AFTER.test(previous);
    if (char === '"') result += opening ? quotes.open2 : quotes.close2;
    else if (char === "'") result += opening ? quotes.open1 : quotes.close1;
    else result += char;
    previous = char;
  }
  return result;
}
