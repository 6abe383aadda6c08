'use client';
// Importing articles: choose files (or paste text), review what the importer extracted,
// correct the metadata and the outlet, then save. Each file is checked and saved on its own:
// one bad file never blocks or half-saves another.
import Link from '@/components/link';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import type { ImportArticleFileResult } from '@/lib/data/workflows/import-article-file';
import type { ImportArticleRequest } from '@/lib/importer/import-input';
import type { OperationOutcome } from '@/lib/operations';
import type { OutletDto } from '@/lib/data/types';
import type { LanguageOption } from '@/lib/i18n/language-names';
import { FieldError, FormAlert, runAction, type ActionError } from './action-result-client';

type Preview = ImportArticleFileResult;

type Item = { key: string; filename: string; source: string; sourceUrl?: string; preview?: Preview; error?: ActionError; saved?: Preview };

const MAX_BYTES = 2 * 1024 * 1024;
const input = 'mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm';

export function ImportArticlesClient({
  outlets,
  languages,
  preview,
  save,
}: {
  outlets: OutletDto[];
  /** Every content language, named in the interface language (lib/i18n/language-names.ts). */
  languages: LanguageOption[];
  preview: (input: ImportArticleRequest) => Promise<OperationOutcome<'importArticle'>>;
  save: (input: ImportArticleRequest) => Promise<OperationOutcome<'importArticle'>>;
}) {
  const t = useTranslations();
  const [items, setItems] = useState<Item[]>([]);
  const [pending, startTransition] = useTransition();
  const [pasteHint, setPasteHint] = useState(false);

  const update = (key: string, change: Partial<Item>) => setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const extract = (filename: string, source: string, sourceUrl?: string) => {
    const key = `${filename}-${Date.now()}-${Math.random()}`;
    setItems((all) => [...all, { key, filename, source, sourceUrl }]);
    startTransition(async () => {
      const result = await runAction(() => preview(sourceUrl ? { source: '', sourceUrl } : { filename, source }));
      // A fetched page comes back with its text: saving sends that text, not a second fetch.
      update(
        key,
        result.ok
          ? { preview: result.data, error: undefined, ...(result.data.source ? { source: result.data.source, filename: result.data.filename } : {}) }
          : { error: result.error },
      );
    });
  };

  const onFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_BYTES) {
        const key = `${file.name}-${Date.now()}`;
        setItems((all) => [...all, { key, filename: file.name, source: '', error: { code: 'too_large', status: 413, message: t('import.tooLarge', { filename: file.name, size: file.size, limit: MAX_BYTES }) } }]);
        continue;
      }
      extract(file.name, await file.text());
    }
  };

  return (
    <div className="space-y-6">
      <section className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
        <div>
          <label htmlFor="import-files" className="block text-sm font-medium">{t('import.files')}</label>
          <input id="import-files" type="file" multiple accept=".html,.htm,.md,.markdown,.txt,text/html,text/markdown,text/plain" className="mt-2 block text-sm" onChange={(event) => onFiles(event.currentTarget.files)} />
        </div>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const source = String(data.get('source') ?? '');
            // Files are extracted when chosen; an empty paste box is not a file to import.
            if (source.trim() === '') return setPasteHint(true);
            setPasteHint(false);
            extract(String(data.get('filename') || 'pasted.txt'), source);
            event.currentTarget.reset();
          }}
          className="space-y-2"
        >
          <label htmlFor="paste-source" className="block text-sm font-medium">{t('import.paste')}</label>
          <textarea id="paste-source" name="source" rows={5} className={input} />
          <label htmlFor="paste-filename" className="block text-sm font-medium">{t('import.treatAs')}</label>
          <select id="paste-filename" name="filename" className={input} defaultValue="pasted.txt">
            <option value="pasted.txt">{t('import.plainText')}</option>
            <option value="pasted.md">Markdown</option>
            <option value="pasted.html">HTML</option>
          </select>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm">{t('import.extract')}</button>
          {pasteHint && <p role="status" className="text-sm text-slate-600">{t('import.pasteEmpty')}</p>}
        </form>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const address = String(data.get('sourceUrl') ?? '').trim();
            if (address === '') return;
            extract(address, '', address);
            event.currentTarget.reset();
          }}
          className="space-y-2 md:col-span-2"
        >
          <p className="text-sm font-medium">{t('import.fromUrl')}</p>
          <label htmlFor="import-url" className="block text-sm">{t('import.field.sourceUrl')}</label>
          <input id="import-url" name="sourceUrl" type="url" inputMode="url" className={input} placeholder="https://" />
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm">{t('import.fetch')}</button>
        </form>
      </section>

      {pending && <p role="status" className="text-sm text-slate-600">{t('import.working')}</p>}

      <ol className="space-y-4" aria-label={t('import.list')}>
        {items.map((item) => (
          <li key={item.key} className="rounded-lg border border-slate-200 bg-white p-4" data-import-file={item.filename}>
            <h2 className="font-semibold">{item.filename}</h2>
            {item.error && !item.preview && <FormAlert error={item.error} />}
            {item.saved ? (
              <p role="status" className="mt-2 text-sm" data-import-status={item.saved.status}>
                {item.saved.status === 'imported' ? t('import.imported') : t('import.duplicate')}
                <Link href={`/articles/${item.saved.articleId}`} className="text-blue-700 underline" lang={item.saved.language}>{item.saved.title}</Link>
              </p>
            ) : (
              item.preview && (
                <ReviewForm
                  item={item}
                  preview={item.preview}
                  outlets={outlets}
                  languages={languages}
                  disabled={pending}
                  onSave={(overrides) =>
                    startTransition(async () => {
                      const result = await runAction(() => save({ filename: item.filename, source: item.source, overrides }));
                      update(item.key, result.ok ? { saved: result.data, error: undefined } : { error: result.error });
                    })
                  }
                />
              )
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function ReviewForm({
  item,
  preview,
  outlets,
  languages,
  disabled,
  onSave,
}: {
  item: Item;
  preview: Preview;
  outlets: OutletDto[];
  languages: LanguageOption[];
  disabled: boolean;
  onSave: (overrides: object) => void;
}) {
  const t = useTranslations();
  const proposed = preview.outlet;
  // The preview knows when its outlet is stored already; this page's list may not have it yet
  // (an outlet saved a moment ago from this page, before the page's data came back refreshed).
  const choices: Pick<OutletDto, 'slug' | 'name' | 'homepage' | 'language'>[] =
    proposed && preview.outletExists && !outlets.some((o) => o.slug === proposed.slug) ? [...outlets, proposed] : outlets;
  const known = proposed !== null && choices.some((o) => o.slug === proposed.slug);
  const [outletChoice, setOutletChoice] = useState(known && proposed ? proposed.slug : '__new');
  const from = (source: string | null) =>
    source ? <span className="ml-1 text-xs font-normal text-slate-500" data-field-source>{t('import.from', { source })}</span> : null;
  const errors = item.error?.fieldErrors ?? {};
  const id = (name: string) => `${item.key}-${name}`;
  return (
    <form
      className="mt-3 grid gap-3 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const get = (name: string) => String(data.get(name) ?? '').trim();
        const chosen = choices.find((o) => o.slug === outletChoice);
        const date = get('publishedAt');
        onSave({
          title: get('title'),
          author: get('author') || null,
          url: get('url') || null,
          publishedAt: date ? new Date(`${date}Z`).toISOString() : undefined,
          language: get('language'),
          outlet: chosen
            ? { slug: chosen.slug, name: chosen.name, homepage: chosen.homepage, language: chosen.language }
            : { slug: get('outletSlug'), name: get('outletName'), homepage: get('outletHomepage') || null, language: get('language') },
        });
      }}
    >
      {preview.missing.includes('outlet') && (
        <p role="alert" className="md:col-span-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">{t('import.missingOutlet')}</p>
      )}
      {preview.missing.includes('publishedAt') && (
        <p role="alert" className="md:col-span-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">{t('import.missingDate')}</p>
      )}
      {proposed && !known && <p className="md:col-span-2 text-sm text-slate-600">{t('import.proposedOutlet')}</p>}
      {preview.removedScripts > 0 && (
        <p className="md:col-span-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">{t('import.removedScripts', { count: preview.removedScripts })}</p>
      )}
      <div className="md:col-span-2">
        <label htmlFor={id('title')} className="text-sm font-medium">{t('import.field.title')}</label>{from(preview.sources.title)}
        <input id={id('title')} name="title" defaultValue={preview.title} className={input} lang={preview.language} />
        <FieldError id={id('title-error')} messages={errors.title} />
      </div>
      <div>
        <label htmlFor={id('outlet')} className="text-sm font-medium">{t('import.field.outlet')}</label>{from(preview.sources.outlet)}
        <select id={id('outlet')} value={outletChoice} onChange={(e) => setOutletChoice(e.target.value)} className={input}>
          {choices.map((o) => (
            <option key={o.slug} value={o.slug} lang={o.language}>{o.name}</option>
          ))}
          <option value="__new">{t('import.field.newOutlet')}</option>
        </select>
      </div>
      {outletChoice === '__new' && (
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={id('outletName')} className="text-sm font-medium">{t('import.field.outletName')}</label>
            <input id={id('outletName')} name="outletName" defaultValue={known ? '' : (proposed?.name ?? preview.siteName ?? '')} className={input} />
            <FieldError id={id('name-error')} messages={errors.name ?? errors.outlet} />
          </div>
          <div>
            <label htmlFor={id('outletSlug')} className="text-sm font-medium">{t('import.field.slug')}</label>
            <input id={id('outletSlug')} name="outletSlug" defaultValue={known ? '' : (proposed?.slug ?? '')} className={input} />
            <FieldError id={id('slug-error')} messages={errors.slug} />
          </div>
          <div className="col-span-2">
            <label htmlFor={id('outletHomepage')} className="text-sm font-medium">{t('import.field.homepage')}</label>
            <input id={id('outletHomepage')} name="outletHomepage" defaultValue={known ? '' : (proposed?.homepage ?? '')} className={input} />
          </div>
        </div>
      )}
      <div>
        <label htmlFor={id('author')} className="text-sm font-medium">{t('import.field.author')}</label>{from(preview.sources.author)}
        <input id={id('author')} name="author" defaultValue={preview.author ?? ''} className={input} />
      </div>
      <div>
        <label htmlFor={id('publishedAt')} className="text-sm font-medium">{t('import.field.publishedAt')}</label>{from(preview.sources.publishedAt)}
        <input id={id('publishedAt')} name="publishedAt" type="datetime-local" step="1" defaultValue={preview.publishedAt?.slice(0, 19) ?? ''} required className={input} />
        <FieldError id={id('publishedAt-error')} messages={errors.publishedAt} />
      </div>
      <div>
        <label htmlFor={id('url')} className="text-sm font-medium">{t('import.field.url')}</label>{from(preview.sources.url)}
        <input id={id('url')} name="url" defaultValue={preview.url ?? ''} className={input} />
        <FieldError id={id('url-error')} messages={errors.url} />
      </div>
      <div>
        <label htmlFor={id('language')} className="text-sm font-medium">{t('import.field.language')}</label>
        <select id={id('language')} name="language" defaultValue={preview.language} className={input}>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>{l.name}</option>
          ))}
        </select>
      </div>
      <details className="md:col-span-2" open>
        <summary className="cursor-pointer text-sm font-medium">{t('import.bodyText', { characters: [...preview.text].length, paragraphs: preview.text.split('\n\n').length })}</summary>
        <div className="mt-2 max-h-64 space-y-2 overflow-auto rounded border border-slate-100 bg-slate-50 p-3 text-sm" lang={preview.language} data-import-body>
          {preview.text.split('\n\n').map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </details>
      {item.error && <div className="md:col-span-2"><FormAlert error={item.error} shownFields={['title', 'publishedAt', 'url', 'name', 'slug']} /></div>}
      <div className="md:col-span-2">
        <button type="submit" disabled={disabled} className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">{t('import.save')}</button>
      </div>
    </form>
  );
}
