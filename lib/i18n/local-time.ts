// A moment in time as the interface shows it: on the server, UTC with the offset said
// ("2024-07-04 08:00 UTC"), since the reader's zone is unknown there; in the browser, in the
// reader's language and time zone ("4 Jul 2024, 16:00 GMT+8"). Pure (Intl only).

export function formatUtcTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `timeZone` undefined means the runtime's own zone (the reader's, in a browser). */
export function formatLocalTime(iso: string, locale: string, timeZone?: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are named one by one.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}
