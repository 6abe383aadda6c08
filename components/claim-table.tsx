// The claims × outlets grid readers open first. Each cell links to the outlet's evidence on
// the claim page; hovering or focusing it shows the quote. Below the md breakpoint the same
// data renders as one card per claim.
import Link from 'next/link';
import { formatClaimValue } from '@/lib/claims';
import type { CellDto, ClaimDto, OutletDto } from '@/lib/data/types';
import { StanceBadge } from './stance-badge';
import { textLang } from './text-lang';

function CellQuote({ cell, id, lang }: { cell: CellDto; id: string; lang: string }) {
  const first = cell.evidence[0];
  return (
    <span
      id={id}
      role="tooltip"
      className="pointer-events-none invisible absolute left-1/2 top-full z-20 mt-1 w-64 -translate-x-1/2 rounded-md border border-slate-200 bg-white p-3 text-left text-sm font-normal text-slate-800 shadow-lg group-hover:visible group-focus-within:visible"
    >
      {first ? (
        <>
          <q lang={lang} className="block">{first.exact}</q>
          {cell.evidence.length > 1 && (
            <span className="mt-1 block text-xs text-slate-500">+{cell.evidence.length - 1} more quote(s)</span>
          )}
        </>
      ) : cell.stance === 'omits' ? (
        <span>Checked: the article does not mention this claim.</span>
      ) : cell.stance === 'predates' ? (
        <span>Published before the claim's date.</span>
      ) : (
        <span>No one has checked this outlet yet.</span>
      )}
    </span>
  );
}

function TableCell({ claim, outlet }: { claim: ClaimDto; outlet: OutletDto }) {
  const cell = claim.cells[outlet.slug]!;
  const tooltipId = `q-${claim.id}-${outlet.slug}`;
  return (
    <td className="border-b border-slate-200 px-2 py-2 text-center align-middle" data-outlet={outlet.slug} data-stance={cell.stance}>
      <span className="group relative inline-block">
        <Link
          href={`/claims/${claim.id}#outlet-${outlet.slug}`}
          aria-describedby={tooltipId}
          aria-label={`${outlet.name}: ${cell.stance}`}
          className="inline-block rounded"
        >
          <StanceBadge stance={cell.stance} size="sm" />
        </Link>
        <CellQuote cell={cell} id={tooltipId} lang={outlet.language} />
      </span>
    </td>
  );
}

function ClaimText({ claim }: { claim: ClaimDto }) {
  const value = formatClaimValue(claim);
  return (
    <>
      <Link href={`/claims/${claim.id}`} lang={textLang(claim.text)} className="font-medium text-slate-900 hover:underline">
        {claim.text}
      </Link>
      {claim.gloss && <span className="mt-0.5 block text-xs text-slate-500">{claim.gloss}</span>}
      {(value || claim.status === 'draft') && (
        <span className="mt-1 flex flex-wrap gap-2 text-xs text-slate-500">
          {value && <span>{value}</span>}
          {claim.asOf && <span>as of {claim.asOf}</span>}
          {claim.status === 'draft' && <span className="rounded bg-amber-100 px-1 text-amber-800">draft</span>}
        </span>
      )}
    </>
  );
}

export function ClaimTable({ claims, outlets }: { claims: ClaimDto[]; outlets: OutletDto[] }) {
  if (claims.length === 0) return <p className="text-slate-600">No claims yet.</p>;
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full border-collapse text-sm" aria-label="Claims by outlet">
          <thead className="sticky top-0 z-10 bg-slate-100">
            <tr>
              <th scope="col" className="border-b border-slate-200 px-3 py-2 text-left font-semibold">
                Claim
              </th>
              {outlets.map((outlet) => (
                <th key={outlet.slug} scope="col" className="border-b border-slate-200 px-2 py-2 text-center font-semibold" data-outlet={outlet.slug}>
                  <span lang={outlet.language}>{outlet.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} data-claim-id={claim.id} className="hover:bg-slate-50">
                <th scope="row" className="max-w-md border-b border-slate-200 px-3 py-2 text-left font-normal">
                  <ClaimText claim={claim} />
                </th>
                {outlets.map((outlet) => (
                  <TableCell key={outlet.slug} claim={claim} outlet={outlet} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label="Claims">
        {claims.map((claim) => (
          <li key={claim.id} className="rounded-lg border border-slate-200 bg-white p-3" data-claim-id={claim.id}>
            <ClaimText claim={claim} />
            <ul className="mt-2 space-y-1">
              {outlets.map((outlet) => {
                const cell = claim.cells[outlet.slug]!;
                return (
                  <li key={outlet.slug} className="flex items-start justify-between gap-2 text-sm" data-outlet={outlet.slug} data-stance={cell.stance}>
                    <Link href={`/claims/${claim.id}#outlet-${outlet.slug}`} lang={outlet.language} className="text-slate-700 hover:underline">
                      {outlet.name}
                    </Link>
                    <StanceBadge stance={cell.stance} size="sm" />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
