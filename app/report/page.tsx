// /report?<claim table params> | ?claim=ID | ?outlet-page=SLUG: the claims of a view laid out
// for printing (components/print-report.tsx). Published claims only, like every export.
import { notFound } from 'next/navigation';
import { appOrigin } from '@/app/app-origin';
import { PrintReport } from '@/components/print-report';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { openClaimExport } from '@/lib/data/reads/export-claims';
import { parseExportScope } from '@/lib/export/export-request';
import type { ExportArticle, ExportClaim } from '@/lib/export/types';
import { findTopicNames } from '@/lib/data/reads/find-topic-names';
import { topicLabel } from '@/lib/claims/topic-names';
import { getLocale, getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('report.metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportPage({ searchParams }: Props) {
  await getActor(); // public, but one holding an admin's one-time password is sent to /account first
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  const parsed = parseExportScope(params);
  if (!parsed.ok) notFound();
  const data = await openClaimExport(getPrisma(), parsed.scope, { baseUrl: await appOrigin(), withArticleText: true });
  if (!data) notFound();

  // A page is rendered whole, so the report holds every claim of the view at once.
  const claims: ExportClaim[] = [];
  const articles = new Map<number, ExportArticle>();
  for await (const page of data.pages()) {
    claims.push(...page.claims);
    for (const [id, article] of page.articles) articles.set(id, article);
  }
  const [topicNames, locale] = await Promise.all([findTopicNames(getPrisma()), getLocale()]);
  return <PrintReport data={data} claims={claims} articles={articles} topicLabel={(topic) => topicLabel(topic, topicNames, locale)} />;
}
