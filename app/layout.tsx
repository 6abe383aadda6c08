import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site-header';
import '@fontsource-variable/noto-sans-sc';
import '@fontsource-variable/noto-sans-tc';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Claimgrid', template: '%s · Claimgrid' },
  description: 'Which outlets state, contradict or omit each claim, with the quotes to prove it.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
