// A deleted claim's page, for editors: what it was, who deleted it and when, its history, and
// the action that brings it back under the same id with its quotes and omission marks.
import Link from '@/components/link';
import { RestoreDeletedClaimClient } from './editor-islands-client';
import { ClaimHistory } from './claim-history';
import { LocalTime } from './local-time-client';
import { textLang } from '@/lib/text/detect-script';
import type { getDeletedClaim } from '@/lib/data/reads/find-deleted-claims';
import type { findClaimHistory } from '@/lib/data/reads/find-claim-history';
import { getT } from '@/lib/i18n/server';

type Props = {
  deleted: NonNullable<Awaited<ReturnType<typeof getDeletedClaim>>>;
  history: Awaited<ReturnType<typeof findClaimHistory>>;
  titleById: Map<number, string>;
};

export async function DeletedClaimView({ deleted, history, titleById: titles }: Props) {
  const t = await getT();
  return (
    <article className="space-y-6" data-deleted-claim={deleted.id}>
      <header className="space-y-2">
        <p className="text-sm text-slate-500">
          <Link href="/claims/deleted" className="hover:underline">{t('deleted.title')}</Link> › {t(`claimKind.${deleted.kind}`)}
          <span className="ml-2 rounded bg-red-100 px-1.5 text-red-800">{t('deleted.badge')}</span>
        </p>
        <h1 className="text-2xl font-semibold text-slate-500 line-through decoration-1" lang={textLang(deleted.text)}>{deleted.text}</h1>
      </header>
      <div className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4 text-sm" role="status">
        <p>{t('deleted.banner')}</p>
        <p className="text-slate-600">
          {t('deleted.deletedBy', { name: deleted.deletedBy ?? t('history.seedImport') })}, <LocalTime iso={deleted.deletedAt} /> · {t('deleted.quotes', { count: deleted.quotes, marks: deleted.marks })}
        </p>
        <RestoreDeletedClaimClient id={deleted.id} />
      </div>
      {/* only editors see a deleted claim (readers get a 404) */}
      <ClaimHistory history={history} titleById={titles} editor claimVersion={null} quotesBack={new Set()} />
    </article>
  );
}
