import { describe, expect, it } from 'vitest';
import { assertNoControlCharacters } from '../../src/article/controlCharacters.js';
import { decodeUtf8 } from '../../src/article/decodeUtf8.js';
import { parseArticle } from '../../src/article/parse.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeUtf8 names the first byte that is not UTF-8', () => {
  it('decodes good text, multi-byte characters included', () => {
    expect(decodeUtf8(bytes('Café 陈 🚢\n'), 'a.md')).toBe('Café 陈 🚢\n');
  });

  it('counts columns in characters, after multi-byte ones', () => {
    expect(() => decodeUtf8(bytes('---\n陈é', [0xff], 'x'), 'a.md')).toThrow('a.md: line 2, column 3: not valid UTF-8 (byte 0xff); save the file as UTF-8');
  });

  it('finds a sequence cut short at the end of the file', () => {
    expect(() => decodeUtf8(bytes('ab\ncd', [0xe9, 0x99]), 'a.md')).toThrow('a.md: line 2, column 3: not valid UTF-8 (byte 0xe9)');
  });

  it('refuses an encoded surrogate and an overlong form', () => {
    expect(() => decodeUtf8(bytes('x', [0xed, 0xa0, 0x80]), 'a.md')).toThrow('line 1, column 2: not valid UTF-8 (byte 0xed)');
    expect(() => decodeUtf8(bytes([0xc0, 0xaf]), 'a.md')).toThrow('line 1, column 1: not valid UTF-8 (byte 0xc0)');
  });
});

describe('control characters', () => {
  it('allows tabs and line feeds', () => {
    expect(() => assertNoControlCharacters('a\tb\nc', 'a.md')).not.toThrow();
  });

  it.each([
    ['\u0000', 'U+0000'],
    ['\u000C', 'U+000C'],
    ['\u001B', 'U+001B'],
    ['\u007F', 'U+007F'],
    ['\u0085', 'U+0085'],
  ])('refuses %j, naming its line and column', (control, name) => {
    expect(() => assertNoControlCharacters(`one\ntwo 🚢${control}`, 'a.md')).toThrow(`a.md: line 2, column 6: control character ${name} (delete it)`);
  });

  it('names the line in the file when the article has Windows line ends and a byte-order mark', () => {
    const text = '\uFEFF---\r\nheadline: H\r\n---\r\n\r\nOne\u0007 two.\r\n';
    expect(() => parseArticle(text, 'a.md')).toThrow('a.md: line 5, column 4: control character U+0007 (delete it)');
  });
});
