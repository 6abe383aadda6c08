// `npm run eval:import`: runs the importer over the fixture pages (lib/importer/fixtures) and
// prints how often title, byline and date match what a reader takes them to be, and the body's
// token F1 (words; single characters for Chinese) against the expected paragraphs.
import { extractArticle } from '../lib/importer';
import { readExpectations, readHtmlFixture, tokenF1 } from '../lib/importer/fixtures/fixture-pages';

const expected = readExpectations();
let title = 0;
let byline = 0;
let date = 0;
let f1 = 0;
const files = Object.keys(expected);
for (const file of files) {
  const want = expected[file]!;
  const got = extractArticle({ filename: file, source: readHtmlFixture(file) });
  const score = tokenF1(got.text, want.body.join('\n\n'));
  const ok = [got.title === want.title, got.author === want.author, (got.publishedAt?.toISOString() ?? null) === want.publishedAt];
  title += Number(ok[0]);
  byline += Number(ok[1]);
  date += Number(ok[2]);
  f1 += score;
  console.log(`${file.padEnd(32)} title ${ok[0] ? 'ok' : 'NO'}  byline ${ok[1] ? 'ok' : 'NO'}  date ${ok[2] ? 'ok' : 'NO'}  body F1 ${score.toFixed(3)}`);
}
const pct = (n: number) => `${Math.round((100 * n) / files.length)}%`;
console.log(`\n${files.length} pages: title ${pct(title)}, byline ${pct(byline)}, date ${pct(date)}, mean body token F1 ${(f1 / files.length).toFixed(3)}`);
