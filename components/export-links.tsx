// Download the current view (the claim table with its filters, one claim, or one outlet) in
// every export format, or open it as a printable report.
import { getT } from '@/lib/i18n/server';

const FORMATS = [
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['md', 'Markdown'],
  ['claimreview', 'ClaimReview'],
  ['annotations', 'Web Annotation'],
] as const;

export async function ExportLinks({ params }: { params: string }) {
  const t = await getT();
  const join = (path: string) => (params ? `${path}${path.includes('?') ? '&' : '?'}${params}` : path);
  return (
    <nav aria-label={t('exports.label')} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="export-links">
      <span className="text-slate-600">{t('exports.download')}</span>
      {FORMATS.map(([format, name]) => (
        <a key={format} href={join(`/api/v1/export?format=${format}`)} className="text-blue-700 underline" data-format={format}>
          {name}
        </a>
      ))}
      <a href={join('/report')} className="text-blue-700 underline" data-format="report">
        {t('exports.report')}
      </a>
    </nav>
  );
}
