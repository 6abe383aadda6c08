// The bench's Lighthouse pass (--lighthouse, --lighthouse-only): the app's own server
// (bench-server.ts) on the synthetic corpus and on the seed corpus, three pages of each.
import { startBenchServer, type BenchServer } from './bench-server';
import type { BenchContext } from './context';
import { loadAverage, settle } from './machine';
import { chineseTextFont, runLighthouse, type LighthousePage } from './run-lighthouse';

/**
 * The Lighthouse pass: `/`, a claim page and an article page of the app's own server, on the
 * synthetic corpus (`server`, or one started for the pass) and on the seed corpus (a server of its
 * own on a scratch folder), each page `runs` times (run-lighthouse.ts).
 */
export async function lighthousePass(
  ctx: BenchContext,
  server: BenchServer | undefined,
  { appDir, runs }: { appDir: string; runs: number },
): Promise<void> {
  const font = await chineseTextFont();
  console.log(
    font
      ? `\nThe browser draws Chinese text in ${font}, a system font, as a phone does.`
      : '\nThis machine has no CJK font: the browser draws Chinese text as empty boxes, and every character costs it a failed font lookup that a phone never makes, counted as the page\'s main-thread work (Debian: apt-get install fonts-noto-cjk).',
  );
  const synthetic = server ?? (await startBenchServer({ appDir, databaseUrl: ctx.databaseUrl, label: 'app, synthetic corpus' }));
  try {
    const pages: LighthousePage[] = [
      { name: 'synthetic: /', path: '/' },
      { name: 'synthetic: claim page (most cited)', path: `/claims/${ctx.mostCitedClaimId}` },
      { name: 'synthetic: article page', path: `/articles/${ctx.articleIds[0]}` },
    ];
    await settle('\nLighthouse, synthetic corpus');
    console.log(`\nLighthouse (mobile preset) on the synthetic corpus, load average ${loadAverage()}:`);
    await runLighthouse('Lighthouse, synthetic corpus (mobile preset, first visit)', synthetic.base, pages, runs);
  } finally {
    if (!server) await synthetic.stop();
  }
  const seed = await startBenchServer({ appDir, label: 'app, seed corpus' });
  try {
    // a claim with quotes, and one of its articles
    const list = (await (await fetch(`${seed.base}/api/v1/claims?page=1`)).json()) as { claims?: { id: number }[] };
    const claimId = list.claims?.[0]?.id;
    if (claimId === undefined) throw new Error('the seed corpus server lists no claims');
    const claimHtml = await (await fetch(`${seed.base}/claims/${claimId}`)).text();
    const articleId = /href="\/articles\/(\d+)/.exec(claimHtml)?.[1] ?? '1';
    await settle('\nLighthouse, seed corpus');
    console.log(`\nLighthouse (mobile preset) on the seed corpus, load average ${loadAverage()}:`);
    await runLighthouse('Lighthouse, seed corpus (mobile preset, first visit)', seed.base, [
      { name: 'seed: /', path: '/' },
      { name: `seed: claim page`, path: `/claims/${claimId}` },
      { name: `seed: article page`, path: `/articles/${articleId}` },
    ], runs);
  } finally {
    await seed.stop();
  }
}
