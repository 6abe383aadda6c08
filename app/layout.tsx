import type { Metadata } from 'next';
import { IntlProviderClient } from '@/components/intl-provider-client';
import { SiteHeader } from '@/components/site-header';
import { StanceIconRules } from '@/components/stance-sprite';
import { pickClientMessages } from '@/lib/i18n/messages';
import { getLocale, getMessages, getT } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: { default: 'Claimgrid', template: '%s · Claimgrid' },
    description: t('meta.description'),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const [messages, t] = await Promise.all([getMessages(locale), getT()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <StanceIconRules />
        <IntlProviderClient locale={locale} messages={pickClientMessages(messages)}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
            {t('nav.skip')}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-7xl px-4 py-6">
            {children}
          </main>
        </IntlProviderClient>
      </body>
    </html>
  );
}
