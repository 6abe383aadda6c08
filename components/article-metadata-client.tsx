'use client';
// Editors correct an imported article's metadata (title, outlet, date, author, URL, language) and delete
// an article nothing quotes. The text is fixed: quotes are anchored in it. Both writes go
// through runOperation (updateArticle, deleteArticle) and leave a revision.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import type { OutletDto } from '@/lib/data/types';
import type { ContentLanguage } from '@/lib/text/languages';
import type { LanguageOption } from '@/lib/i18n/language-names';
import { FieldError, FormAlert, runAction, type ActionError, type OperationAction } from './action-result-client';

const input = 'mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm';

type Article = { id: number; title: string; outlet: string; publishedAt: string; author: string | null; url: string | null; language: string };

export function ArticleMetadataEditor({
  article,
  outlets,
  languages,
  quotes,
  marks,
  update,
  remove,
}: {
  article: Article;
  outlets: OutletDto[];
  /** Every content language, named in the interface language (lib/i18n/language-names.ts). */
  languages: LanguageOption[];
  quotes: number;
  marks: number;
  update: OperationAction<'updateArticle'>;
  remove: OperationAction<'deleteArticle'>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const errors = error?.fieldErrors ?? {};
  const id = (name: string) => `article-${article.id}-${name}`;

  return (
    <details className="mt-6 rounded border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">{t('import.edit.title')}</summary>
      <form
        className="mt-3 grid gap-3 md:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const get = (name: string) => String(data.get(name) ?? '').trim();
          setSaved(false);
          startTransition(async () => {
            const result = await runAction(() =>
              update({
                id: article.id,
                title: get('title'),
                outletSlug: get('outletSlug'),
                publishedAt: get('publishedAt') ? new Date(`${get('publishedAt')}Z`).toISOString() : '',
                author: get('author') || null,
                url: get('url') || null,
                // the select offers the content languages; the server validates whatever arrives
                language: get('language') as ContentLanguage,
              }),
            );
            setError(result.ok ? null : result.error);
            if (result.ok) {
              setSaved(true);
              router.refresh();
            }
          });
        }}
      >
        <div className="md:col-span-2">
          <label htmlFor={id('title')} className="text-sm font-medium">{t('import.field.title')}</label>
          <input id={id('title')} name="title" defaultValue={article.title} className={input} lang={article.language} />
          <FieldError id={id('title-error')} messages={errors.title} />
        </div>
        <div>
          <label htmlFor={id('outlet')} className="text-sm font-medium">{t('import.field.outlet')}</label>
          <select id={id('outlet')} name="outletSlug" defaultValue={article.outlet} className={input}>
            {outlets.map((o) => (
              <option key={o.slug} value={o.slug} lang={o.language}>{o.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id('publishedAt')} className="text-sm font-medium">{t('import.field.publishedAt')}</label>
          <input id={id('publishedAt')} name="publishedAt" type="datetime-local" step="1" required defaultValue={article.publishedAt.slice(0, 19)} className={input} />
          <FieldError id={id('publishedAt-error')} messages={errors.publishedAt} />
        </div>
        <div>
          <label htmlFor={id('author')} className="text-sm font-medium">{t('import.field.author')}</label>
          <input id={id('author')} name="author" defaultValue={article.author ?? ''} className={input} />
          <FieldError id={id('author-error')} messages={errors.author} />
        </div>
        <div>
          <label htmlFor={id('url')} className="text-sm font-medium">{t('import.field.url')}</label>
          <input id={id('url')} name="url" defaultValue={article.url ?? ''} className={input} />
          <FieldError id={id('url-error')} messages={errors.url} />
        </div>
        <div>
          <label htmlFor={id('language')} className="text-sm font-medium">{t('import.field.language')}</label>
          <select id={id('language')} name="language" defaultValue={article.language} className={input}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>{l.name}</option>
            ))}
          </select>
          <FieldError id={id('language-error')} messages={errors.language} />
        </div>
        {error && <div className="md:col-span-2"><FormAlert error={error} shownFields={['title', 'publishedAt', 'author', 'url', 'language']} /></div>}
        {saved && <p role="status" className="md:col-span-2 text-sm text-green-800">{t('import.edit.saved')}</p>}
        <div className="md:col-span-2 flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">{t('import.edit.save')}</button>
          {quotes > 0 || marks > 0 ? (
            <p className="text-sm text-slate-600" data-testid="cannot-delete-article">{t('import.edit.cannotDelete', { quotes, marks })}</p>
          ) : confirming ? (
            <span className="flex items-center gap-2 text-sm">
              {t('import.edit.confirmDelete')}
              <button
                type="button"
                disabled={pending}
                className="rounded bg-red-700 px-3 py-1.5 text-white"
                onClick={() =>
                  startTransition(async () => {
                    const result = await runAction(() => remove({ id: article.id }));
                    if (result.ok) router.push('/articles');
                    else setError(result.error);
                  })
                }
              >
                {t('import.edit.confirm')}
              </button>
              <button type="button" className="rounded border border-slate-300 px-3 py-1.5" onClick={() => setConfirming(false)}>{t('import.edit.cancel')}</button>
            </span>
          ) : (
            <button type="button" className="rounded border border-red-300 px-3 py-1.5 text-sm text-red-800" onClick={() => setConfirming(true)}>{t('import.edit.delete')}</button>
          )}
        </div>
      </form>
    </details>
  );
}
