// What only editors see on an article's page: each quote's version (for stale-write checks)
// and the claims an editor marked the article as omitting. Drafts' quotes count too: an
// article any quote points at cannot be deleted.
import type { Db } from '../../db/prisma';
import { textLang } from '../../text/detect-script';
import type { TextLang } from '../../text/text-lang';
import type { ClaimStatus } from '../types';

export type ArticleOmission = { claimId: number; claimText: string; claimLang: TextLang; claimStatus: ClaimStatus; note: string | null };

export type ArticleEditorData = {
  /** version by evidence id */
  versions: Map<number, number>;
  omissions: ArticleOmission[];
  /** how many quotes and omission marks point at the article */
  quotes: number;
  marks: number;
};

export async function findArticleEditorData(db: Db, articleId: number): Promise<ArticleEditorData> {
  const [versions, reviews] = await Promise.all([
    db.evidence.findMany({ where: { articleId }, select: { id: true, version: true } }),
    db.review.findMany({
      where: { articleId },
      orderBy: { createdAt: 'asc' },
      include: { claim: { select: { id: true, text: true, status: true } } },
    }),
  ]);
  return {
    versions: new Map(versions.map((v) => [v.id, v.version])),
    omissions: reviews.map((r) => ({ claimId: r.claim.id, claimText: r.claim.text, claimLang: textLang(r.claim.text), claimStatus: r.claim.status, note: r.note })),
    quotes: versions.length,
    marks: reviews.length,
  };
}
