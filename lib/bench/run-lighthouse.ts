// The bench's Lighthouse pass (issue 15): Lighthouse 12 with its default mobile preset
// (simulated slow 4G, 4x CPU slowdown, an empty cache: a first visit) against pages of a
// running server, in the same Chromium the end-to-end tests use (CHROMIUM_PATH, or the one
// inside @sparticuz/chromium with its flags but --single-process and the ones that weaken the
// browser, as in playwright.config.ts). Used by `npm run bench` (--lighthouse).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { findFreePort } from '../db/free-port';
import { kb, medianRun, missedLighthouseTargets, readLighthouseFigures, type LighthouseFigures, type LighthouseResult } from './lighthouse-figures';
import { formatTable } from './report';

const WEAKENING = /^--(headless|single-process|disable-web-security|disable-site-isolation-trials|allow-running-insecure-content|disable-features=.*IsolateOrigins)/;

export async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const configured = process.env.CHROMIUM_PATH;
  const executable = configured ?? (await sparticuz.executablePath());
  const port = await findFreePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'claimgrid-lighthouse-'));
  const args = [
    ...(configured ? ['--no-sandbox', '--disable-gpu'] : sparticuz.args.filter((arg) => !WEAKENING.test(arg))),
    '--headless',
    `--remote-debugging-port=${port}`,
    '--remote-debugging-address=127.0.0.1',
    `--user-data-dir=${profile}`,
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    'about:blank',
  ];
  const child = spawn(executable, args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { port, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`Chromium (${executable}) did not open its debugging port`);
}

export type LighthousePage = { name: string; path: string };

/**
 * The font this browser draws Chinese text with (CSS.getPlatformFontsForNode), or null when it
 * has none and draws the same empty box as for an unassigned code point. A phone has a CJK system
 * font (PingFang, Noto Sans CJK); without one, every character is also a failed font lookup that
 * Lighthouse counts as the page's own main-thread work. So the pass says which it measured.
 */
export async function chineseTextFont(): Promise<string | null> {
  const browser = await launchChromium();
  try {
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${browser.port}`);
    const page = await (cdp.contexts()[0] ?? (await cdp.newContext())).newPage();
    await page.setContent('<p lang="zh" style="font-family: sans-serif">國際新聞报道</p>');
    // a string, not a function: the TypeScript loader would wrap a function's inner names
    const drawn = await page.evaluate<boolean>(`(() => {
      const pixels = (text) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 32;
        const context = canvas.getContext('2d');
        context.font = '24px sans-serif';
        context.fillText(text, 2, 26);
        return Array.from(context.getImageData(0, 0, 32, 32).data).join();
      };
      const box = pixels('\\u{10FFFD}');
      return pixels('國') !== box && pixels('报') !== box;
    })()`);
    if (!drawn) return null;
    const session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'p' });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName).join(', ');
  } finally {
    await browser.stop();
  }
}

/**
 * Runs Lighthouse's performance category on each page in turn, `runs` times each, and keeps each
 * page's median run (medianRun); prints every run's score, a table of the median runs, and
 * returns their figures.
 */
export async function runLighthouse(
  title: string,
  base: string,
  pages: readonly LighthousePage[],
  runs = 3,
): Promise<{ page: LighthousePage; figures: LighthouseFigures }[]> {
  const chromium = await launchChromium();
  const results: { page: LighthousePage; figures: LighthouseFigures }[] = [];
  try {
    for (const page of pages) {
      const url = new URL(page.path, base).href;
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const started = Date.now();
        const run = await lighthouse(url, { port: chromium.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const figures = readLighthouseFigures((run?.lhr ?? { runtimeError: { message: 'no result' } }) as LighthouseResult);
        all.push(figures);
        console.log(`  ${page.name} (run ${i + 1} of ${runs}): performance ${figures.score}, LCP ${(figures.lcpMs / 1000).toFixed(2)} s, TBT ${figures.totalBlockingMs.toFixed(0)} ms, ${kb(figures.totalBytes)} KB (${((Date.now() - started) / 1000).toFixed(0)} s, load ${os.loadavg()[0]!.toFixed(2)})`);
      }
      results.push({ page, figures: medianRun(all) });
    }
  } finally {
    await chromium.stop();
  }
  const body = results.map(({ page, figures }) => {
    const missed = missedLighthouseTargets(figures);
    return [
      page.name,
      String(figures.score),
      (figures.fcpMs / 1000).toFixed(2),
      (figures.lcpMs / 1000).toFixed(2),
      figures.totalBlockingMs.toFixed(0),
      kb(figures.totalBytes),
      kb(figures.scriptBytes),
      `${kb(figures.fontBytes)} (${figures.fontRequests})`,
      missed.length ? `✗ ${missed.join('; ')}` : '✓',
    ];
  });
  console.log(`\n${title}, the median of ${runs} run(s) per page`);
  const header = ['page', 'perf', 'FCP s', 'LCP s', 'TBT ms', 'total KB', 'JS KB', 'font KB (requests)', 'targets: perf ≥ 95, ≤ 300 KB, no web font'];
  for (const line of formatTable(header, body, new Set([1, 2, 3, 4, 5, 6, 7]))) console.log(line);
  for (const { page, figures } of results) if (figures.lcpElement) console.log(`  LCP element of ${page.name}: ${figures.lcpElement}`);
  return results;
}
