// Public read: one article with its body text and the evidence anchored in it.
import type { Db } from '../../db/prisma';
import { articleSummarySelect, evidenceSelect, toArticleSummary, toEvidence } from '../map-rows';
import { textLang } from '../../text/detect-script';
import type { ArticleDto, ReadScope } from '../types';

export async function getArticle(db: Db, id: number, scope: ReadScope = {}): Promise<ArticleDto | null> {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      ...articleSummarySelect,
      text: true,
      evidence: {
        where: scope.includeDrafts ? undefined : { claim: { status: 'published' } },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        select: { ...evidenceSelect, claim: { select: { text: true, status: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    ...toArticleSummary(row),
    text: row.text,
    evidence: row.evidence.map((e) => ({ ...toEvidence(e), claimText: e.claim.text, claimLang: textLang(e.claim.text), claimStatus: e.claim.status })),
  };
}
