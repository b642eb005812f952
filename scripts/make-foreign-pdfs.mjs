// Makes the pages of other programs that the reader's tests measure (test/fixtures/pdfs/): the first paragraphs of
// test/fixtures/articles/long-feature.md set justified in two columns at 9.5 pt
//   - by pdfLaTeX with microtype (needs `pdflatex` with the lmodern and microtype packages: texlive on Debian);
//   - by Typst (the @myriaddreamin/typst-ts-node-compiler dev dependency) in Newsreader, from our npm fonts.
// Writes each page's source beside its PDF. Both PDFs are byte-identical from run to run.
//   node scripts/make-foreign-pdfs.mjs
// Then run scripts/poppler-spaces.mjs to measure them independently.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import typst from '@myriaddreamin/typst-ts-node-compiler';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test/fixtures/pdfs');
/** About 1,450 words: some 150 lines in each program's columns. */
const WORDS = 1450;

const article = readFileSync(path.join(root, 'test/fixtures/articles/long-feature.md'), 'utf8');
const body = article.replace(/^---\n[\s\S]*?\n---\n/u, '');
const paragraphs = [];
let words = 0;
for (const paragraph of body.split(/\n\s*\n/u).map((text) => text.trim()).filter(Boolean)) {
  if (words >= WORDS) break;
  paragraphs.push(paragraph.replace(/\*/gu, ''));
  words += paragraph.split(/\s+/u).length;
}

/** TeX's special characters, escaped; straight quotes as TeX's curly ones. */
function toTex(text) {
  const escaped = text.replace(/[\\{}$&#%_^~]/gu, (char) => ({ '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' })[char] ?? `\\${char}`);
  return escaped.replace(/(^|[\s(])"/gu, '$1``').replace(/"/gu, "''").replace(/(^|[\s(])'/gu, '$1`');
}

const tex = String.raw`% Made by scripts/make-foreign-pdfs.mjs from test/fixtures/articles/long-feature.md: do not edit.
\pdfinfoomitdate=1
\pdftrailerid{}
\pdfsuppressptexinfo=-1
\documentclass[twocolumn]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{microtype}
\usepackage[a4paper,margin=20mm,columnsep=5mm]{geometry}
\pagestyle{empty}
\begin{document}
\fontsize{9.5}{11.5}\selectfont
${paragraphs.map(toTex).join('\n\n')}
\end{document}
`;

const texDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-tex-'));
try {
  writeFileSync(path.join(outDir, 'pdflatex-two-column.tex'), tex);
  writeFileSync(path.join(texDir, 'page.tex'), tex);
  execFileSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'page.tex'], {
    cwd: texDir,
    env: { ...process.env, SOURCE_DATE_EPOCH: '946684800', FORCE_SOURCE_DATE: '1' },
    stdio: 'ignore',
  });
  copyFileSync(path.join(texDir, 'page.pdf'), path.join(outDir, 'pdflatex-two-column.pdf'));
} finally {
  rmSync(texDir, { recursive: true, force: true });
}

/** A Typst string literal. */
const toTypstString = (text) => `"${text.replace(/[\\"]/gu, (char) => `\\${char}`)}"`;

const typ = `// Made by scripts/make-foreign-pdfs.mjs from test/fixtures/articles/long-feature.md: do not edit.
#set document(date: datetime(year: 2000, month: 1, day: 1))
#set page(paper: "a4", margin: 20mm, columns: 2)
#set columns(gutter: 5mm)
#set text(font: "Newsreader", size: 9.5pt, lang: "en", hyphenate: true)
#set par(justify: true, leading: 0.55em, first-line-indent: 1em, spacing: 0.55em)
#let paragraphs = (
${paragraphs.map((paragraph) => `  ${toTypstString(paragraph)},`).join('\n')}
)
#for paragraph in paragraphs [#paragraph #parbreak()]
`;
writeFileSync(path.join(outDir, 'typst-two-column.typ'), typ);
writeFileSync(path.join(outDir, 'typst-two-column.pdf'), compileTypst(typ));

/** Typst with only the Newsreader fonts from npm, so that nothing is looked up or downloaded. */
function compileTypst(source) {
  const require = createRequire(import.meta.url);
  const fontDir = (face) => path.dirname(require.resolve(`@expo-google-fonts/newsreader/${face}/Newsreader_${face}.ttf`));
  const compiler = typst.NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir('400Regular'), fontDir('400Regular_Italic')] }] });
  return compiler.pdf({ mainFileContent: source });
}

console.log(`wrote ${paragraphs.length} paragraphs (${words} words) to test/fixtures/pdfs/: pdflatex-two-column.{tex,pdf}, typst-two-column.{typ,pdf}`);
