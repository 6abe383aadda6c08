// Stores one parsed article (and its outlet, if new) with its rows of the passage index. Idempotent: the sha256 of the source
// decides whether the same file was imported before. One transaction, so a failure leaves
// nothing half-written.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { indexArticleText, type ClauseRow } from '../../finder/index-article';
import type { ParsedArticle } from '../../importer';
import { foldAligned } from '../../text/fold-aligned';
import { indexArticlePassages } from './index-article-passages';
import { fromLanguageCode } from '../map-rows';

export type ImportArticleResult =
  | { status: 'imported'; articleId: number; outlet: string }
  | { status: 'duplicate'; articleId: number; outlet: string };

export function contentHash(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex');
}

export type ImportArticleInput = {
  parsed: ParsedArticle;
  source: string;
  filename: string | null;
  /** The article's passage-index rows, computed before the transaction (prepareArticleImport). */
  passages?: readonly ClauseRow[];
};

/**
 * Does the CPU work of an import before any transaction opens: segmenting the text into the
 * passage index's rows (and, on first use, loading jieba's dictionary, about half a second).
 * Done inside, it ate into the transaction's timeout under load.
 */
export function prepareArticleImport(input: ImportArticleInput): ImportArticleInput {
  return input.passages ? input : { ...input, passages: indexArticleText(input.parsed.text) };
}

export async function importArticle(db: Db, input: ImportArticleInput): Promise<ImportArticleResult> {
  const prepared = prepareArticleImport(input);
  return db.$transaction((tx) => importArticleInTransaction(tx, prepared));
}

/** The same, inside a transaction the caller owns (the seed loader imports all or nothing). */
export async function importArticleInTransaction(
  tx: Prisma.TransactionClient,
  input: ImportArticleInput,
): Promise<ImportArticleResult> {
  const hash = contentHash(input.source);
  const { parsed } = input;
  {
    const existing = await tx.article.findUnique({
      where: { contentHash: hash },
      select: { id: true, outlet: { select: { slug: true } } },
    });
    if (existing) return { status: 'duplicate', articleId: existing.id, outlet: existing.outlet.slug };

    const outlet = await tx.outlet.upsert({
      where: { slug: parsed.outlet.slug },
      update: {},
      create: {
        slug: parsed.outlet.slug,
        name: parsed.outlet.name,
        homepage: parsed.outlet.homepage,
        language: fromLanguageCode(parsed.outlet.language),
      },
      select: { id: true, slug: true },
    });
    const article = await tx.article.create({
      data: {
        outletId: outlet.id,
        title: parsed.title,
        url: parsed.url,
        author: parsed.author,
        publishedAt: parsed.publishedAt,
        language: fromLanguageCode(parsed.language),
        text: parsed.text,
        textLength: [...parsed.text].length,
        searchText: foldAligned(parsed.text),
        contentHash: hash,
        source: input.source,
        sourceFormat: parsed.format,
        sourceFilename: input.filename,
      },
      select: { id: true },
    });
    await indexArticlePassages(tx, article.id, parsed.text, input.passages);
    return { status: 'imported', articleId: article.id, outlet: outlet.slug };
  }
}
