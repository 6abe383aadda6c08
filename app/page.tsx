import { ClaimTable } from '@/components/claim-table';
import { StanceLegend } from '@/components/stance-legend';
import { getPrisma } from '@/lib/db/prisma';
import { findClaims } from '@/lib/data/find-claims';

export const dynamic = 'force-dynamic';

export default async function ClaimTablePage() {
  const { claims, outlets } = await findClaims(getPrisma());
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Claims</h1>
        <p className="text-sm text-slate-600">
          {claims.length} claims across {outlets.length} outlets. Hover or focus a cell to read the quote; open a claim
          to see every quote in context.
        </p>
      </div>
      <StanceLegend />
      <ClaimTable claims={claims} outlets={outlets} />
    </div>
  );
}
