import Link from '@/components/link';
import { getT } from '@/lib/i18n/server';

export default async function NotFound() {
  const t = await getT();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">{t('notFound.title')}</h1>
      <p className="text-slate-600">{t('notFound.body')}</p>
      <Link href="/" className="text-blue-700 hover:underline">{t('notFound.back')}</Link>
    </div>
  );
}
