import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfText } from '../../src/pdf-read/readPdf.js';
import { renderArticle, type RenderResult } from '../../src/render/renderArticle.js';

const URL = 'https://www.river-ferry.example.org/timetables/2024/night-crossing?season=winter&lang=en#sailings';
const EMAIL = 'bookings.night-crossing@river-ferry.example.org';

/** An article with a URL, an e-mail address, non-breaking hyphens (U+2011) and a narrow no-break space, on the four-column test page. */
describe('addresses and no-break characters, set and read back from the PDF', () => {
  let result: RenderResult;
  let lines: string[];

  beforeAll(async () => {
    result = await renderArticle('test/fixtures/articles/addresses.md', 'test/fixtures/layouts/four-column.json');
    const [text] = await readPdfText(result.pdf);
    lines = text!.split('\n').map((line) => line.trim());
  });

  it.each([
    ['the URL', URL],
    ['the e-mail address', EMAIL],
  ])('prints %s broken across lines at its places, reassembled with no hyphen added', (_, address) => {
    const lastWord = (line: string): string => line.split(' ').pop()!;
    const first = lines.findIndex((line) => lastWord(line).length >= 8 && address.startsWith(lastWord(line)));
    expect(first, lines.join('\n')).toBeGreaterThanOrEqual(0);
    // From the line where it starts, the address's pieces are the next lines' first words, joined with nothing.
    let joined = lastWord(lines[first]!);
    let line = first;
    while (joined.length < address.length) {
      line += 1;
      joined += lines[line]!.split(' ')[0]!;
    }
    expect(line).toBeGreaterThan(first);
    expect(joined.replace(/[.,]$/u, '')).toBe(address);
    expect(result.warnings.filter((warning) => warning.message.includes('too long'))).toEqual([]);
  });

  it('draws a non-breaking hyphen the font lacks as a hyphen it has, and never breaks the line there', () => {
    const text = lines.join('\n');
    expect(text).toMatch(/non[\u2010\u2011-]stop/u);
    expect(text).toMatch(/all[\u2010\u2011-]weather/u);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the words either side of a narrow no-break space on one line', () => {
    expect(lines.some((line) => /\b1\s200 yuan/u.test(line))).toBe(true);
  });
});
