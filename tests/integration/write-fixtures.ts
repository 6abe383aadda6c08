// Shared fixtures for the write-side integration tests: users as Actors, a picture of the
// content tables to prove a refused write changed nothing, quotes found in seed articles, and
// plain articles written straight to the table.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Actor, Role } from '../../lib/auth/actor';
import type { Db } from '../../lib/db/prisma';

export async function createActor(
  prisma: Db,
  { email, name, role, disabled = false }: { email: string; name: string; role: Role; disabled?: boolean },
): Promise<Actor> {
  const user = await prisma.user.create({ data: { email, name, role, disabled } });
  return { userId: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabled };
}

export type DatabasePicture = {
  counts: { claims: number; evidence: number; reviews: number; revisions: number };
  checksum: string;
};

/** Row counts plus an md5 over every column of every claim, evidence, review and dismissal row, and every article's metadata. */
export async function pictureOf(prisma: Db): Promise<DatabasePicture> {
  const [row] = await prisma.$queryRaw<{ claims: bigint; evidence: bigint; reviews: bigint; revisions: bigint; checksum: string }[]>`
    SELECT (SELECT count(*) FROM "claims") AS claims,
           (SELECT count(*) FROM "evidence") AS evidence,
           (SELECT count(*) FROM "reviews") AS reviews,
           (SELECT count(*) FROM "revisions") AS revisions,
           md5(coalesce((SELECT string_agg(c::text, '|' ORDER BY c.id) FROM "claims" c), '') || '#' ||
               coalesce((SELECT string_agg(e::text, '|' ORDER BY e.id) FROM "evidence" e), '') || '#' ||
               coalesce((SELECT string_agg(r::text, '|' ORDER BY r.id) FROM "reviews" r), '') || '#' ||
               coalesce((SELECT string_agg(d::text, '|' ORDER BY d.id) FROM "suggestion_dismissals" d), '') || '#' ||
               coalesce((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM "topic_names" t), '') || '#' ||
               coalesce((SELECT string_agg(concat_ws(',', a.id, a.outlet_id, a.title, a.url, a.author, a.published_at), '|' ORDER BY a.id) FROM "articles" a), '')) AS checksum`;
  return {
    counts: { claims: Number(row!.claims), evidence: Number(row!.evidence), reviews: Number(row!.reviews), revisions: Number(row!.revisions) },
    checksum: row!.checksum,
  };
}

export async function expectUnchanged(prisma: Db, before: DatabasePicture): Promise<void> {
  expect(await pictureOf(prisma)).toEqual(before);
}

export const cp = (text: string) => [...text].length;

/** Every code-point offset where `needle` starts in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(cp(text.slice(0, at)));
  return found;
}

/**
 * A run of `length` code points starting near `from` that occurs exactly once in `text` and
 * is not only whitespace; `from` moves on until one is found.
 */
export function uniqueQuote(text: string, from: number, length = 12): { exact: string; start: number; end: number } {
  const chars = [...text];
  for (let start = from; start + length <= chars.length; start++) {
    const exact = chars.slice(start, start + length).join('');
    if (exact.trim() !== exact || exact.includes('\n')) continue;
    if (occurrences(text, exact).length === 1) return { exact, start, end: start + length };
  }
  throw new Error(`no unique quote of ${length} code points after ${from}`);
}

export async function articleOf(prisma: Db, outletSlug: string): Promise<{ id: number; text: string }> {
  return prisma.article.findFirstOrThrow({ where: { outlet: { slug: outletSlug } }, select: { id: true, text: true } });
}

/** A plain-text article stored directly (no importer), for tests that need one of their own. */
export async function createArticle(
  prisma: Db,
  { outletId, text, publishedAt = '2024-07-04T00:00:00Z', title = 't' }: { outletId: number; text: string; publishedAt?: string; title?: string },
): Promise<number> {
  const article = await prisma.article.create({
    data: {
      outletId,
      title,
      publishedAt: new Date(publishedAt),
      language: 'zh_Hans',
      text,
      textLength: [...text].length,
      // unique per outlet, date and text, as content hashes are per source file
      contentHash: createHash('sha256').update(`${outletId}\n${publishedAt}\n${text}`).digest('hex'),
      source: text,
      sourceFormat: 'text',
    },
  });
  return article.id;
}
