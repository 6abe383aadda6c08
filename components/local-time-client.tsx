'use client';
// A moment in time in the reader's language and time zone (lib/i18n/local-time.ts). The server
// does not know the reader's zone, so it renders UTC with the offset said; in the browser the
// same element then shows the local time. Hydration is exact: useSyncExternalStore renders the
// server's text while hydrating, then the local one.
import { useSyncExternalStore } from 'react';
import { useLocale } from 'use-intl/react';
import { isLocale } from '@/lib/i18n/locale';
import { formatLocalTime, formatUtcTime } from '@/lib/i18n/local-time';

const subscribe = () => () => {};

export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const locale = useLocale();
  const text = useSyncExternalStore(
    subscribe,
    () => formatLocalTime(iso, isLocale(locale) ? locale : 'en'),
    () => formatUtcTime(iso),
  );
  return (
    <time dateTime={iso} className={className} title={formatUtcTime(iso)}>
      {text}
    </time>
  );
}
