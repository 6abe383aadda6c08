'use client';
// Makes the interface messages client components need available to them (useTranslations).
import { useMemo } from 'react';
import { IntlProvider } from 'use-intl/react';
import type { Locale } from '@/lib/i18n/locale';
import type { ClientMessages } from '@/lib/i18n/messages';

export function IntlProviderClient({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: React.ReactNode }) {
  // Every server render (each router.refresh() after a save) sends the messages as a new
  // object; they only change with the locale, so keeping the first one per locale spares every
  // useTranslations consumer a re-render in the refresh's transition.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableMessages = useMemo(() => messages, [locale]);
  return (
    <IntlProvider locale={locale} messages={stableMessages} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
