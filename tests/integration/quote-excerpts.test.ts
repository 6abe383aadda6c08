// A claim's page shows each quote in an excerpt of its paragraph, cut from a window PostgreSQL
// reads around the quote (findQuoteExcerpts) instead of the whole article: on every quote of the
// seed corpus, and on quotes at an article's edges and beside paragraph breaks, the excerpt is
// the one the whole text gives, and the window is the article's text at its offsets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePointSlice, excerptAround, findParagraph } from '../../lib/anchoring';
import { createEvidence } from '../../lib/data/writes/create-evidence';
import { createClaim } from '../../lib/data/writes/create-claim';
import { findQuoteExcerpts } from '../../lib/data/reads/find-quote-excerpts';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
});

afterAll(async () => {
  await db?.drop();
});

async function expectWholeTextExcerpts(context: number) {
  const quotes = await db.prisma.evidence.findMany({ select: { id: true, start: true, end: true, article: { select: { text: true } } } });
  const excerpts = await findQuoteExcerpts(db.prisma, quotes, context);
  expect(excerpts.size).toBe(quotes.length);
  for (const quote of quotes) {
    const got = excerpts.get(quote.id)!;
    expect(got.excerpt, `quote ${quote.id}`).toEqual(excerptAround(findParagraph(quote.article.text, quote.start, quote.end), quote.start, quote.end, context));
    expect(got.text).toBe(codePointSlice(quote.article.text, got.textStart, got.textStart + Array.from(got.text).length));
    expect(got.textStart <= got.excerpt.start && got.excerpt.end <= got.textStart + Array.from(got.text).length).toBe(true);
  }
  return quotes.length;
}

describe('findQuoteExcerpts', () => {
  it('gives every seed quote the excerpt its whole article gives, at the page context and others', async () => {
    expect(await expectWholeTextExcerpts(80)).toBeGreaterThan(60);
    await expectWholeTextExcerpts(0);
    await expectWholeTextExcerpts(7);
  });

  it('cuts windows at the article edges and beside paragraph breaks', async () => {
    const editor = await createActor(db.prisma, { email: 'excerpts@example.org', name: 'Excerpts', role: 'editor' });
    const article = await db.prisma.article.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true, text: true } });
    const chars = Array.from(article.text);
    const breakAt = article.text.indexOf('\n\n');
    expect(breakAt).toBeGreaterThan(0);
    const breakCp = Array.from(article.text.slice(0, breakAt)).length;
    const claim = await createClaim(db.prisma, {
      actor: editor,
      input: { text: '摘录窗口测试', gloss: null, topics: [], kind: 'fact', value: null, comparator: null, unit: null, asOf: null, status: 'draft' },
    });
    // the first and last code points, and the two either side of the first paragraph break
    for (const [start, end] of [[0, 2], [chars.length - 2, chars.length], [breakCp - 3, breakCp], [breakCp + 2, breakCp + 5]] as const) {
      await createEvidence(db.prisma, {
        actor: editor,
        input: { claimId: claim.id, articleId: article.id, stance: 'states', start, end, exact: chars.slice(start, end).join(''), statedValue: null, note: null },
      });
    }
    await expectWholeTextExcerpts(80);
    await expectWholeTextExcerpts(3);
  });

  it('reads nothing for no quotes', async () => {
    expect((await findQuoteExcerpts(db.prisma, [], 80)).size).toBe(0);
  });
});
