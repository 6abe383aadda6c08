// For a quantity claim: what the outlets say the number is, and whether that agrees with the
// claim's value under its comparator; one row per stated quantity and stance, naming its
// outlets (lib/claims/value-groups.ts), not one per quote.
import { Fragment } from 'react';
import { formatClaimValue, type Agreement } from '@/lib/claims';
import { groupStatedValues } from '@/lib/claims/value-groups';
import type { ClaimDto, OutletDto } from '@/lib/data/types';
import { comparatorWords } from '@/lib/i18n/comparator-words';
import { getT } from '@/lib/i18n/server';
import { StanceBadge } from './stance-badge';

const AGREEMENT: Record<Agreement, { className: string; icon: string }> = {
  agrees: { className: 'text-states', icon: '✓' },
  disagrees: { className: 'text-contradicts', icon: '✗' },
  partly: { className: 'text-mixed', icon: '≈' },
};

export async function ValueTable({ claim, outlets }: { claim: ClaimDto; outlets: OutletDto[] }) {
  if (claim.value === null) return null;
  const rows = groupStatedValues(
    claim,
    outlets.flatMap((outlet) => claim.cells[outlet.slug]!.evidence.map((evidence) => ({ outlet, statedValue: evidence.statedValue, stance: evidence.stance }))),
  );
  if (rows.length === 0) return null;
  const t = await getT();
  const words = comparatorWords(t);
  return (
    <section aria-labelledby="values" className="space-y-2">
      <h2 id="values" className="text-lg font-semibold">{t('valueTable.heading', { value: formatClaimValue(claim, words) ?? '' })}</h2>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-sm" data-testid="value-table">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">{t('valueTable.outlets')}</th>
            <th scope="col" className="px-3 py-2">{t('valueTable.stance')}</th>
            <th scope="col" className="px-3 py-2">{t('valueTable.valueStated')}</th>
            <th scope="col" className="px-3 py-2">{t('valueTable.against')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ outlets: named, statedValue, stated, stance, agreement }, index) => (
            <tr key={index} className="border-t border-slate-200" data-agreement={agreement ?? 'unknown'} data-outlets={named.length}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {named.map(({ outlet, quotes }, i) => (
                  <Fragment key={outlet.slug}>
                    {i > 0 && ' · '}
                    <a href={`#outlet-${outlet.slug}`} lang={outlet.language} className="hover:underline">{outlet.name}</a>
                    {quotes > 1 && <span className="text-slate-500"> ×{quotes}</span>}
                  </Fragment>
                ))}
              </th>
              <td className="px-3 py-2"><StanceBadge stance={stance} size="sm" /></td>
              <td className="px-3 py-2">
                <span lang={named[0]!.outlet.language}>{statedValue ?? '—'}</span>
                {stated && <span className="ml-2 text-slate-500">({formatClaimValue({ value: stated.value, comparator: stated.comparator, unit: claim.unit }, words)})</span>}
              </td>
              <td className="px-3 py-2">
                {agreement ? (
                  <span className={`font-medium ${AGREEMENT[agreement].className}`}>
                    <span aria-hidden="true">{AGREEMENT[agreement].icon} </span>
                    {t(`valueTable.${agreement}`)}
                  </span>
                ) : (
                  <span className="text-slate-500">{t('valueTable.noNumber')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
