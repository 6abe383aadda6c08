// The app's links between its pages: next/link (client-side navigation) without prefetching.
// Every page here is rendered per request from the database, so prefetching a page as its link
// scrolls into view cost a server render per link on the screen (a claim page set off 22) and,
// on a phone, data and main-thread time the reader never asked for.
import NextLink from 'next/link';
import type { ComponentProps } from 'react';

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
