// Makes the newspaper pages of another typesetter that `import` and `fit` are tested on (test/fixtures/pdfs/):
// Typst (the @myriaddreamin/typst-ts-node-compiler dev dependency) sets a page shaped like the seed's — a photo
// with its caption and credit, a headline, a deck, justified hyphenated columns in Newsreader and a source line
// (Typst has no drop cap of its own), from the first paragraphs of test/fixtures/articles/long-feature.md, with only our npm fonts, so
// nothing is looked up or downloaded. Writes each page's source beside its PDF; both are the same from run to run.
//   node scripts/make-newspaper-pdfs.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import typst from '@myriaddreamin/typst-ts-node-compiler';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test/fixtures/pdfs');
const require = createRequire(import.meta.url);

const article = readFileSync(path.join(root, 'test/fixtures/articles/long-feature.md'), 'utf8');
const paragraphs = article
  .replace(/^---\n[\s\S]*?\n---\n/u, '')
  .split(/\n\s*\n/u)
  .map((text) => text.trim().replace(/\*/gu, ''))
  .filter(Boolean);

/** A Typst string literal. */
const toTypstString = (text) => `"${text.replace(/[\\"]/gu, (char) => `\\${char}`)}"`;

/** Each page: its name, how many paragraphs, and its column count and body size. */
const pages = [
  { name: 'typst-newspaper-five', paragraphs: 10, columns: 5, sizePt: 9.5, leadingPt: 11.5, indentEm: 1 },
  { name: 'typst-newspaper-four', paragraphs: 8, columns: 4, sizePt: 10, leadingPt: 12, indentEm: 0.8 },
];

for (const page of pages) {
  const chosen = paragraphs.slice(0, page.paragraphs);
  const typ = `// Made by scripts/make-newspaper-pdfs.mjs from test/fixtures/articles/long-feature.md: do not edit.
#set document(date: datetime(year: 2000, month: 1, day: 1))
#set page(width: 224mm, height: 323.8mm, margin: 12mm)
#set text(font: "Newsreader", size: ${page.sizePt}pt, lang: "en", hyphenate: true, top-edge: "ascender", bottom-edge: "descender")
#set par(justify: true, leading: ${page.leadingPt}pt - 1em, spacing: ${page.leadingPt}pt - 1em, first-line-indent: ${page.indentEm}em)
#image("photo.jpg", width: 100%, height: 110mm, fit: "stretch")
#v(1.5mm, weak: false)
#block(text(font: "Libre Franklin", size: 8pt)[Wind turbines on the ridge above Marrowick, where the new battery stores their power. — Northtide Energy])
#v(4mm)
#block(text(font: "Libre Franklin", weight: "bold", size: 30pt)[A quiet battery on the old coal wharf])
#v(2mm)
#block(width: 60%, text(font: "Libre Franklin", size: 13pt)[A town that lost its cannery and its power plant bets on storing the wind])
#v(3mm)
#columns(${page.columns}, gutter: 4mm)[
${chosen.map((paragraph) => `\n#${toTypstString(paragraph)}\n`).join('')}
#align(right, text(style: "italic")[(Marrowick Gazette)])
]
`;
  writeFileSync(path.join(outDir, `${page.name}.typ`), typ);
  writeFileSync(path.join(outDir, `${page.name}.pdf`), compileTypst(typ));
  console.log(`wrote test/fixtures/pdfs/${page.name}.{typ,pdf}`);
}

/** Typst with only the Newsreader and Libre Franklin fonts from npm, and the stand-in photo as photo.jpg. */
function compileTypst(source) {
  const fontDir = (pkg, face, file) => path.dirname(require.resolve(`@expo-google-fonts/${pkg}/${face}/${file}_${face}.ttf`));
  const compiler = typst.NodeCompiler.create({
    fontArgs: [
      {
        fontPaths: [
          fontDir('newsreader', '400Regular', 'Newsreader'),
          fontDir('newsreader', '400Regular_Italic', 'Newsreader'),
          fontDir('libre-franklin', '400Regular', 'LibreFranklin'),
          fontDir('libre-franklin', '700Bold', 'LibreFranklin'),
        ],
      },
    ],
  });
  compiler.mapShadow(path.join(root, 'photo.jpg'), readFileSync(path.join(root, 'assets/images/tesla-gigafactory-aerial.standin.jpg')));
  return compiler.pdf({ mainFileContent: source });
}
