'use client';
// A moment in time in the reader's language and time zone. The server does not know the
// reader's zone, so it renders UTC with the offset spelled out ("2024-07-04 08:00 UTC"); in the
// browser the same element then shows the local time ("4 Jul 2024, 16:00 GMT+8"). Hydration
// is exact: useSyncExternalStore renders the server's text while hydrating, then the local one.
import { useSyncExternalStore } from 'react';
import { useLocale } from 'use-intl/react';

const subscribe = () => () => {};

/** The server's rendering: ISO date and minutes, in UTC, said so. */
export function utcText(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const locale = useLocale();
  const text = useSyncExternalStore(
    subscribe,
    () =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short' }).format(new Date(iso)),
    () => utcText(iso),
  );
  return (
    <time dateTime={iso} className={className} title={utcText(iso)}>
      {text}
    </time>
  );
}
