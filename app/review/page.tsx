// The review queue (editors and admins): every claim x outlet cell not yet settled, with the
// evidence finder's best passage or its `none` verdict; filters live in the URL (a plain GET
// form), the list is worked with the keyboard (components/review-queue-client.tsx).
import Link from '@/components/link';
import { redirect } from 'next/navigation';
import { PageNav } from '@/components/page-nav';
import { ReviewQueueClient } from '@/components/review-queue-client';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { countOpenCells } from '@/lib/data/reads/count-open-cells';
import { findOutlets } from '@/lib/data/reads/find-outlets';
import { findReviewQueue } from '@/lib/data/reads/find-review-queue';
import { findRereviewCells } from '@/lib/data/reads/find-rereview-cells';
import { ConfirmCellClient } from '@/components/claim-editor-client';
import { StanceBadge } from '@/components/stance-badge';
import { textLang } from '@/lib/text/detect-script';
import { findTopics } from '@/lib/data/reads/find-topics';
import { findTopicNames } from '@/lib/data/reads/find-topic-names';
import { topicLabel } from '@/lib/claims/topic-names';
import { getLocale, getT } from '@/lib/i18n/server';
import { REVIEW_VERDICTS, reviewQueueQuerySchema, serializeReviewQuery } from '@/lib/review/review-input';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getT())('finder.queueTitle') };
}

const field = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm';
const KEYS = ['next', 'previous', 'accept', 'contradicts', 'omits', 'dismiss', 'select'] as const;
const KEY_OF: Record<(typeof KEYS)[number], string> = { next: 'j', previous: 'k', accept: 'a', contradicts: 'c', omits: 'o', dismiss: 'd', select: 'x' };

export default async function ReviewPage({ searchParams }: Props) {
  const raw = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(`/review?${serializeReviewQuery(reviewQueueQuerySchema.parse(raw))}`)}`);
  // readers never see suggestions: the queue is for editors and admins
  if (!can(actor, 'content:write')) redirect('/');
  const query = reviewQueueQuerySchema.parse(raw);
  const db = getPrisma();
  const [t, locale, outlets, topics, topicNames, open, queue, rereview] = await Promise.all([
    getT(),
    getLocale(),
    findOutlets(db),
    findTopics(db),
    findTopicNames(db),
    countOpenCells(db, { actor }),
    findReviewQueue(db, { actor, query }),
    findRereviewCells(db, { actor }),
  ]);
  const filtered = Boolean(query.outlet || query.topic || query.verdict);
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-slate-500"><Link href="/" className="hover:underline">{t('nav.claims')}</Link> ›</p>
        <h1 className="text-2xl font-semibold tracking-tight">{t('finder.queueTitle')}</h1>
        <p className="text-sm text-slate-600" data-open-cells={open}>{t('finder.queueIntro', { count: open })}</p>
        <p className="text-sm"><Link href="/claims/deleted" className="text-blue-700 hover:underline">{t('deleted.link')}</Link></p>
      </div>
      {rereview.total > 0 && (
        <section aria-labelledby="rereview" className="space-y-2 rounded-lg border border-rereview/40 bg-rereview-bg p-3" data-rereview-cells={rereview.total}>
          <h2 id="rereview" className="font-medium">{t('rereview.queueTitle')}</h2>
          <p className="text-sm text-slate-700">{t('rereview.queueIntro', { count: rereview.total })}</p>
          <ul className="space-y-2 text-sm">
            {rereview.cells.map((cell) => (
              <li key={`${cell.claimId}:${cell.outlet}`} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-2" data-rereview-cell={`${cell.claimId}:${cell.outlet}`}>
                <span className="flex flex-wrap items-center gap-2">
                  <StanceBadge stance="rereview" size="sm" />
                  <Link href={`/claims/${cell.claimId}#outlet-${cell.outlet}`} className="text-blue-700 hover:underline" lang={textLang(cell.claimText)}>{cell.claimText}</Link>
                  <span lang={cell.outletLanguage}>· {cell.outletName}</span>
                  <span className="text-slate-500">({t('rereview.flagged', { count: cell.flagged })})</span>
                </span>
                <ConfirmCellClient claimId={cell.claimId} outlet={cell.outlet} outletName={cell.outletName} version={cell.claimVersion} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <form method="get" action="/review" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4" role="search" aria-label={t('finder.filterLabel')}>
        <div>
          <label htmlFor="r-outlet" className="text-xs font-medium text-slate-600">{t('finder.filterOutlet')}</label>
          <select id="r-outlet" name="outlet" defaultValue={query.outlet ?? ''} className={field}>
            <option value="">{t('finder.anyOutlet')}</option>
            {outlets.map((o) => (
              <option key={o.slug} value={o.slug} lang={o.language}>{o.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="r-topic" className="text-xs font-medium text-slate-600">{t('finder.filterTopic')}</label>
          <select id="r-topic" name="topic" defaultValue={query.topic ?? ''} className={field}>
            <option value="">{t('finder.anyTopic')}</option>
            {query.topic && !topics.some((x) => x.topic === query.topic) && <option value={query.topic}>{topicLabel(query.topic, topicNames, locale)}</option>}
            {topics.map(({ topic }) => (
              <option key={topic} value={topic}>{topicLabel(topic, topicNames, locale)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="r-verdict" className="text-xs font-medium text-slate-600">{t('finder.filterVerdict')}</label>
          <select id="r-verdict" name="verdict" defaultValue={query.verdict ?? ''} className={field}>
            <option value="">{t('finder.anyVerdict')}</option>
            {REVIEW_VERDICTS.map((v) => (
              <option key={v} value={v}>{t(`finder.verdict.${v}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">{t('finder.apply')}</button>
          {filtered && <Link href="/review" className="text-sm text-blue-700 hover:underline">{t('finder.clearFilters')}</Link>}
        </div>
      </form>
      <section aria-labelledby="review-keys" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <h2 id="review-keys" className="font-medium">{t('finder.keysTitle')}</h2>
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-slate-700" data-testid="review-keys">
          {KEYS.map((k) => (
            <div key={k} className="flex gap-1">
              <dt><kbd className="rounded border border-slate-300 bg-slate-50 px-1">{KEY_OF[k]}</kbd></dt>
              <dd>{t(`finder.keys.${k}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p className="text-sm text-slate-600">{t('finder.queuePage', { claims: queue.claimCount, cells: queue.cells.length })}</p>
      <ReviewQueueClient cells={queue.cells} />
      <PageNav page={queue.page} pageCount={queue.pageCount} href={(page) => `/review?${serializeReviewQuery({ ...query, page })}`} />
    </div>
  );
}
