// For a quantity claim: what each outlet says the number is, and whether that agrees with
// the claim's value under its comparator.
import Link from 'next/link';
import { compareStatedValue, formatClaimValue, parseStatedValue, type Agreement } from '@/lib/claims';
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
  const rows = outlets.flatMap((outlet) =>
    claim.cells[outlet.slug]!.evidence.map((evidence) => {
      const stated = parseStatedValue(evidence.statedValue);
      return { outlet, evidence, stated, agreement: stated ? compareStatedValue(claim, stated) : null };
    }),
  );
  if (claim.value === null || rows.length === 0) return null;
  const t = await getT();
  const words = comparatorWords(t);
  return (
    <section aria-labelledby="values" className="space-y-2">
      <h2 id="values" className="text-lg font-semibold">{t('valueTable.heading', { value: formatClaimValue(claim, words) ?? '' })}</h2>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-sm" data-testid="value-table">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">{t('valueTable.outlet')}</th>
            <th scope="col" className="px-3 py-2">{t('valueTable.stance')}</th>
            <th scope="col" className="px-3 py-2">{t('valueTable.valueStated')}</th>
            <th scope="col" className="px-3 py-2">{t('valueTable.against')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ outlet, evidence, stated, agreement }) => (
            <tr key={evidence.id} className="border-t border-slate-200" data-outlet={outlet.slug} data-agreement={agreement ?? 'unknown'}>
              <th scope="row" className="px-3 py-2 font-normal"><Link href={`#outlet-${outlet.slug}`} lang={outlet.language} className="hover:underline">{outlet.name}</Link></th>
              <td className="px-3 py-2"><StanceBadge stance={evidence.stance} size="sm" /></td>
              <td className="px-3 py-2">
                <span lang={outlet.language}>{evidence.statedValue ?? '—'}</span>
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
