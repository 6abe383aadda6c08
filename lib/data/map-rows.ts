// Converts Prisma rows to DTOs in one place, so every reader of the data layer sees the
// same shapes (ISO dates, language codes with hyphens, slugs instead of ids).
import type { ArticleSummaryDto, EvidenceDto, LanguageCode, ReviewDto } from './types';

import type { Language } from '../generated/prisma/enums';
import { isContentLanguage } from '../text/languages';

/** Prisma's name of a `language` enum value (zh_Hans) as the BCP 47 tag it stands for (zh-Hans). */
export function toLanguageCode(value: string): LanguageCode {
  const code = value.replace('_', '-');
  if (!isContentLanguage(code)) throw new Error(`unknown language ${value}`);
  return code;
}

export function fromLanguageCode(code: LanguageCode): Language {
  return code.replace('-', '_') as Language;
}

export function toDateOnly(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

type ArticleRow = {
  id: number;
  title: string;
  url: string | null;
  author: string | null;
  publishedAt: Date;
  language: string;
  textLength: number;
  outlet: { slug: string; name: string };
};

export function toArticleSummary(row: ArticleRow): ArticleSummaryDto {
  return {
    id: row.id,
    outlet: row.outlet.slug,
    outletName: row.outlet.name,
    title: row.title,
    url: row.url,
    author: row.author,
    publishedAt: row.publishedAt.toISOString(),
    language: toLanguageCode(row.language),
    textLength: row.textLength,
  };
}

export const articleSummarySelect = {
  id: true,
  title: true,
  url: true,
  author: true,
  publishedAt: true,
  language: true,
  textLength: true,
  outlet: { select: { slug: true, name: true } },
} as const;

type EvidenceRow = Omit<EvidenceDto, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

export function toEvidence(row: EvidenceRow): EvidenceDto {
  return {
    id: row.id,
    claimId: row.claimId,
    articleId: row.articleId,
    stance: row.stance,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    statedValue: row.statedValue,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const evidenceSelect = {
  id: true,
  claimId: true,
  articleId: true,
  stance: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  statedValue: true,
  note: true,
  createdAt: true,
  updatedAt: true,
} as const;

type ReviewRow = Omit<ReviewDto, 'createdAt'> & { createdAt: Date };

export function toReview(row: ReviewRow): ReviewDto {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
