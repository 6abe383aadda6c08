import { ClaimTable, ColumnChooser, Pagination } from '@/components/claim-table';
import { ClaimTableControls } from '@/components/claim-table-controls';
import { StanceLegend } from '@/components/stance-legend';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { parseTableQuery } from '@/lib/claims/table-query';
import { getPrisma } from '@/lib/db/prisma';
import { findClaimTable } from '@/lib/data/find-claim-table';
import { findTopics } from '@/lib/data/find-topics';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimTablePage({ searchParams }: Props) {
  const query = parseTableQuery(await searchParams);
  const actor = await getActor();
  const db = getPrisma();
  const [table, topics] = await Promise.all([
    findClaimTable(db, query, { includeDrafts: can(actor, 'drafts:read') }),
    findTopics(db),
  ]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Claims</h1>
        <p className="text-sm text-slate-600">
          {table.total} claims across {table.allOutlets.length} outlets. Hover or focus a cell to read the quote; use the arrow
          keys to move between cells; open a claim to see every quote in context.
        </p>
      </div>
      <ClaimTableControls query={query} outlets={table.allOutlets} topics={topics.map((t) => t.topic)} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <StanceLegend />
        <ColumnChooser query={query} outlets={table.outlets} allOutlets={table.allOutlets} />
      </div>
      <ClaimTable claims={table.claims} outlets={table.outlets} totals={table.totals} total={table.total} />
      <Pagination query={query} page={table.page} pageCount={table.pageCount} />
    </div>
  );
}
