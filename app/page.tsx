import { ClaimTable, ColumnChooser, Pagination } from '@/components/claim-table';
import Link from '@/components/link';
import { ClaimTableControls } from '@/components/claim-table-controls';
import { ExportLinks } from '@/components/export-links';
import { StanceLegend } from '@/components/stance-legend';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { parseTableQuery, serializeTableQuery, canonicalTableParams } from '@/lib/claims/table-query';
import { getPrisma } from '@/lib/db/prisma';
import { countOpenCells } from '@/lib/data/reads/count-open-cells';
import { findClaimTable } from '@/lib/data/claim-table';
import { findTopics } from '@/lib/data/reads/find-topics';
import { findTopicNames } from '@/lib/data/reads/find-topic-names';
import { topicLabel } from '@/lib/claims/topic-names';
import { getLocale, getT } from '@/lib/i18n/server';
import { readScopeOf } from '@/lib/data/reads/read-scope';
import { isPhoneRequest } from '@/lib/http/phone-request';

export const dynamic = 'force-dynamic';

/** Wider corpora open on their biggest outlets; the column chooser shows any others. */
const MAX_DEFAULT_COLUMNS = 12;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimTablePage({ searchParams }: Props) {
  const params = await searchParams;
  // The filter form and the column chooser are plain GET forms (they work without JavaScript);
  // what they sent is made canonical here, so an address that is shared carries only what was chosen.
  const clean = canonicalTableParams(params);
  if (clean !== null) redirect(clean ? `/?${clean}` : '/');
  const query = parseTableQuery(params);
  const [actor, t] = await Promise.all([getActor(), getT()]);
  const db = getPrisma();
  const editor = can(actor, 'content:write');
  // A phone is sent the claims as cards alone: no grid to hide, and so no per-outlet totals,
  // which only the grid's summary row shows. (The page is sent no-store, so no cache mixes the two.)
  const phone = isPhoneRequest(await headers());
  const [table, topics, topicNames, locale, openCells] = await Promise.all([
    findClaimTable(db, query, readScopeOf(actor), { detail: 'table', maxDefaultColumns: MAX_DEFAULT_COLUMNS, totals: !phone }),
    findTopics(db),
    findTopicNames(db),
    getLocale(),
    editor ? countOpenCells(db, { actor }) : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-4">
      <div>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">{t('table.title')}</h1>
          {openCells !== null && (
            <Link href="/review" className="text-sm font-medium text-blue-700 hover:underline" data-testid="review-link" data-open-cells={openCells}>
              {t('table.reviewLink', { count: openCells })}
            </Link>
          )}
        </div>
        <p className="text-sm text-slate-600">
          {t(phone ? 'table.introPhone' : 'table.intro', { claims: table.total, outlets: table.allOutlets.length })}
        </p>
      </div>
      <ClaimTableControls query={query} outlets={table.allOutlets} topics={topics.map(({ topic }) => ({ topic, label: topicLabel(topic, topicNames, locale) }))} phone={phone} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <StanceLegend />
        <ColumnChooser query={query} outlets={table.outlets} allOutlets={table.allOutlets} />
      </div>
      {table.columnsCapped && (
        <p className="text-sm text-slate-600" data-testid="columns-capped">
          {t('table.columnsCapped', { shown: table.outlets.length, total: table.allOutlets.length })}
        </p>
      )}
      <ClaimTable claims={table.claims} outlets={table.outlets} totals={table.totals} total={table.total} layout={phone ? 'cards' : 'responsive'} />
      <Pagination query={query} page={table.page} pageCount={table.pageCount} />
      <ExportLinks params={serializeTableQuery({ ...query, page: 1 })} />
    </div>
  );
}
