// Writes the example edition: assets/edition/edition.yaml and its articles (assets/edition/articles/*.md), the same
// text every time from a fixed seed. Stories run from briefs to 2,000-word features with 0–3 photos (the repository's
// stand-ins); several start on one page and continue on a later one. `--pages 240` repeats the edition's pages, with
// their own stories, to that many pages (for measuring memory), into out/edition-<pages>-manifest/ unless --out is given.
//   node scripts/make-edition.mjs [--pages 24] [--out assets/edition]
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : process.argv[index + 1];
};
const pageCount = Number(argument('pages', '24'));
const outDir = path.resolve(root, argument('out', pageCount === 24 ? 'assets/edition' : `out/edition-${pageCount}-manifest`));

/** Numbers in [0, 1) from a chain of SHA-256 digests of a fixed seed, so that every run writes the same edition. */
function seededRandom(seed) {
  let digest = createHash('sha256').update(String(seed)).digest();
  return () => {
    digest = createHash('sha256').update(digest).digest();
    return digest.readUInt32BE(0) / 4294967296;
  };
}
const random = seededRandom(20250314);
const pick = (list) => list[Math.floor(random() * list.length)];

const TOPICS = [
  { name: 'harbour', headline: ['Harbour dredging to begin before the summer season', 'Harbour board backs new quay for cruise ships'], subjects: ['the harbour board', 'fishing crews', 'the port engineer', 'boat owners'], clauses: ['the channel had silted up faster than the surveys predicted', 'the new quay would take larger ships from next spring', 'the fish market would stay open during the works', 'the dredged sand would be used to rebuild the beach'] },
  { name: 'council', headline: ['Council agrees budget after a long night of talks', 'Councillors split over plan to close two libraries'], subjects: ['the council', 'the finance committee', 'opposition members', 'the mayor'], clauses: ['the budget left little room for new projects', 'the libraries would move into the community centres', 'council tax would rise by less than inflation', 'the savings would pay for repairs to the town hall'] },
  { name: 'schools', headline: ['Schools report a record year for exam results', 'New primary school to open on the east side'], subjects: ['head teachers', 'the education office', 'parents', 'the governors'], clauses: ['the results were the best since records began', 'the new school would take its first pupils in September', 'class sizes had fallen for the third year running', 'the playing fields would be shared with the sports club'] },
  { name: 'rail', headline: ['Rail line reopens after months of repairs', 'Commuters face weekend closures on the coast line'], subjects: ['the rail company', 'commuters', 'the transport office', 'station staff'], clauses: ['the embankment had been rebuilt with stronger drainage', 'replacement buses would run every half hour', 'the trains would be faster once the signals were replaced', 'the station car park would double in size'] },
  { name: 'arts', headline: ['Arts festival draws its biggest crowds yet', 'Old theatre to reopen after a ten-year restoration'], subjects: ['the festival director', 'local artists', 'the theatre trust', 'visitors'], clauses: ['ticket sales had passed all expectations', 'the restored ceiling had been painted by hand', 'the programme would include more free events next year', 'the festival brought trade to the cafes along the river'] },
  { name: 'sport', headline: ['United clinch promotion with a late winner', 'Rowing club celebrates a century on the river'], subjects: ['the manager', 'the club captain', 'supporters', 'the league'], clauses: ['the team had not lost at home since the autumn', 'the new stand would be finished before the season began', 'the youth squad had produced three first-team players', 'the club would host the regional championships in June'] },
  { name: 'weather', headline: ['Storm brings down trees across the valley', 'Driest spring for forty years worries farmers'], subjects: ['forecasters', 'farmers', 'the water company', 'emergency crews'], clauses: ['the river had fallen to its lowest level in decades', 'power had been restored to most homes by the evening', 'the reservoirs were still more than half full', 'the clean-up would take the rest of the week'] },
  { name: 'health', headline: ['Hospital opens a new wing for day surgery', 'Waiting times fall at the walk-in clinic'], subjects: ['the hospital trust', 'nurses', 'patients', 'the health board'], clauses: ['the new wing would treat two thousand more patients a year', 'the clinic had hired four more doctors', 'the car park charges would be dropped for volunteers', 'the trust had balanced its books for the first time in years'] },
];
const VERBS = ['said', 'agreed', 'announced', 'reported', 'warned', 'confirmed', 'explained', 'argued', 'expected', 'suggested'];
const TAILS = ['on Tuesday', 'after a long meeting', 'in a statement', 'at the weekend', 'last month', 'in an interview', 'this week', 'on Friday evening'];
const OPENERS = ['However,', 'Meanwhile,', 'For now,', 'Even so,', 'At the same time,', 'Later,', 'Elsewhere,', 'In the meantime,'];
const PHOTOS = ['assets/images/harbour-cranes.standin.jpg', 'assets/images/council-meeting.standin.jpg'].map((photo) => path.relative(path.join(outDir, 'articles'), path.join(root, photo)));
const CAPTIONS = ['The scene on Tuesday afternoon.', 'Work under way at the site.', 'Residents gathered to hear the plans.', 'A view from the hill above the town.'];

/** Paragraphs of two to four sentences, exactly `words` words, with a crosshead every dozen paragraphs in a long story. */
function body(topic, words) {
  const paragraphs = [];
  let left = words;
  while (left > 0) {
    if (paragraphs.length > 0 && paragraphs.length % 12 === 0 && left > 150) paragraphs.push(`## ${pick(['What happens next', 'The cost', 'Reaction', 'Looking ahead', 'Background'])}`);
    const sentences = [];
    for (let count = 2 + Math.floor(random() * 3); count > 0 && left > 0; count--) {
      const opener = random() < 0.3 ? [pick(OPENERS)] : [];
      const subject = pick(topic.subjects);
      const sentence = [...opener, opener.length ? subject : subject[0].toUpperCase() + subject.slice(1), pick(VERBS), `${pick(TAILS)} that`, `${pick(topic.clauses)}.`].join(' ').split(' ').slice(0, left);
      if (!sentence.at(-1).endsWith('.')) sentence[sentence.length - 1] += '.';
      left -= sentence.length;
      sentences.push(sentence.join(' '));
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

let articleCount = 0;
/** Writes an article and returns its file name. */
function article(words, photos) {
  articleCount += 1;
  const topic = pick(TOPICS);
  const name = `${String(articleCount).padStart(3, '0')}-${topic.name}.md`;
  const brief = words <= 300 && photos === 0;
  const front = ['---', `headline: ${pick(topic.headline)}`];
  if (!brief) front.push(`deck: ${topic.subjects[0][0].toUpperCase()}${topic.subjects[0].slice(1)} set out what comes next`, 'byline: By a staff reporter', 'dateline: Riverside', 'dropCap: true');
  front.push('source: Staff report', 'lang: en-GB');
  if (photos > 0) {
    front.push('images:');
    for (let index = 0; index < photos; index++) {
      front.push(`  - id: photo-${index + 1}`, `    src: ${PHOTOS[(articleCount + index) % PHOTOS.length]}`, `    caption: ${pick(CAPTIONS)}`, `    credit: Staff photographer`);
    }
  }
  writeFileSync(path.join(outDir, 'articles', name), `${[...front, '---', '', body(topic, words)].join('\n')}\n`);
  return `articles/${name}`;
}

/** A layout file, relative to the manifest. */
const layoutFile = (name) => path.relative(outDir, path.join(root, 'layouts', name));
const module = (columns, rows) => `{ columns: [${columns[0]}, ${columns[1]}], rows: [${rows[0]}, ${rows[1]}] }`;
const SECTIONS = ['News', 'News', 'City', 'City', 'Region', 'Region', 'Business', 'Business', 'Arts', 'Arts', 'Sport', 'Sport'];

/** The pages of one 24-page edition; `cycle` makes the ids of a repeat unique. Continuations go on later pages. */
function editionPages(cycle, pageOffset) {
  const pages = Array.from({ length: 24 }, (_unused, index) => ({ layout: layoutFile(index === 0 && cycle === 0 ? 'pages/front.json' : 'pages/inside.json'), section: SECTIONS[Math.floor(index / 2)], stories: [] }));
  const id = (name) => `${name}-${cycle + 1}`;
  const story = (page, entry) => pages[page - 1].stories.push(entry);
  const lead = layoutFile('modules/lead.json');
  const plain = layoutFile('modules/story.json');
  const continuation = layoutFile('modules/continuation.json');
  const jump = (page, name, columns, rows) => story(page, `{ continues: ${id(name)}, layout: ${continuation}, module: ${module(columns, rows)} }`);
  const start = (page, name, words, photos, layout, columns, rows) =>
    story(page, `{ ${name ? `id: ${id(name)}, ` : ''}article: ${article(words, photos)}, layout: ${layout}, module: ${module(columns, rows)} }`);

  // The front: a lead and a second story that jump inside, and a column of briefs.
  start(1, 'lead', 1500, 2, lead, [1, 4], [1, 5]);
  start(1, 'second', 900, 1, plain, [5, 6], [1, 5]);
  start(1, 'third', 1000, 0, plain, [1, 4], [6, 8]);
  start(1, null, 120, 0, plain, [5, 6], [6, 7]);
  start(1, null, 60, 0, plain, [5, 6], [8, 8]);
  for (let page = 2; page <= 24; page++) {
    const kind = page % 4;
    if (page === 6) {
      // Where the front's stories continue.
      jump(6, 'lead', [1, 3], [1, 8]);
      jump(6, 'second', [4, 6], [1, 4]);
      jump(6, 'third', [4, 6], [5, 8]);
    } else if (kind === 0 && page < 20) {
      // A feature that jumps six pages on, to a page whose top it takes.
      start(page, `feature${page}`, 2000, 3, plain, [1, 6], [1, 5]);
      start(page, null, 220, 1, plain, [1, 3], [6, 8]);
      start(page, null, 250, 0, plain, [4, 6], [6, 8]);
      jump(page + 6, `feature${page}`, [1, 6], [1, 4]);
    } else if (kind === 3) {
      // A page of briefs.
      for (const columns of [[1, 2], [3, 4], [5, 6]]) for (const rows of [[1, 2], [3, 4], [5, 6], [7, 8]]) start(page, null, 40 + Math.floor(random() * 120), 0, plain, columns, rows);
    } else if (pages[page - 1].stories.length > 0) {
      // The foot of a page with a feature's continuation.
      start(page, null, 500, 1, plain, [1, 4], [5, 8]);
      start(page, null, 200, 0, plain, [5, 6], [5, 8]);
    } else {
      start(page, null, 800 + Math.floor(random() * 600), 1 + Math.floor(random() * 2), plain, [1, 4], [1, 8]);
      for (const rows of [[1, 3], [4, 6], [7, 8]]) start(page, null, 60 + Math.floor(random() * 100), 0, plain, [5, 6], rows);
    }
  }
  return pages.map((page, index) => ({ ...page, number: pageOffset + index + 1 }));
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(path.join(outDir, 'articles'), { recursive: true });
const pages = [];
for (let cycle = 0; pages.length < pageCount; cycle++) pages.push(...editionPages(cycle, pages.length).slice(0, pageCount - pages.length));
const manifest = [
  `# yaml-language-server: $schema=${layoutFile('edition.schema.json')}`,
  '# Written by scripts/make-edition.mjs; regenerate rather than edit.',
  'paper: The Riverside Courier',
  'date: 2025-03-14',
  'edition: City Final',
  'lang: en-GB',
  'pages:',
  ...pages.flatMap((page) => [`  - layout: ${page.layout}`, `    section: ${page.section}`, '    stories:', ...page.stories.map((entry) => `      - ${entry}`)]),
];
writeFileSync(path.join(outDir, 'edition.yaml'), `${manifest.join('\n')}\n`);
console.log(`${path.relative(root, outDir)}/edition.yaml: ${pages.length} pages, ${articleCount} articles`);
