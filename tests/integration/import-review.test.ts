// The import review against a real database: an unknown outlet or a missing date is proposed
// or asked for (never refused in the review), the editor's corrections apply before any
// check, a second article of a stored outlet is matched to it by homepage, and an imported
// article's metadata can be corrected and an unquoted article deleted, each with a revision.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runOperation } from '@/lib/operations';
import { seededDatabaseForFile } from '../setup/test-database';
import { createActor } from './write-fixtures';

const db = seededDatabaseForFile();
const page = (file: string) => readFileSync(`lib/importer/fixtures/${file}`, 'utf8');

async function editor() {
  return createActor(db.prisma, { email: `editor-${Math.random()}@example.org`, name: 'Editor', role: 'editor' });
}

describe('importArticle review', () => {
  it('previews a page without date or outlet, refuses to save it without them, saves it with the corrections', async () => {
    const actor = await editor();
    const source = page('no-date-zh.html');
    const preview = await runOperation(db.prisma, actor, 'importArticle', { filename: 'no-date.html', source, dryRun: true });
    expect(preview.ok && preview.data).toMatchObject({ publishedAt: null, outlet: null, siteName: '远山评论', missing: ['outlet', 'publishedAt'] });

    const refused = await runOperation(db.prisma, actor, 'importArticle', { filename: 'no-date.html', source });
    expect(!refused.ok && refused.error.fieldErrors).toHaveProperty('outlet');

    const saved = await runOperation(db.prisma, actor, 'importArticle', {
      filename: 'no-date.html',
      source,
      overrides: { publishedAt: '2024-07-08T00:00:00Z', outlet: { slug: 'yuanshan', name: '远山评论' } },
    });
    expect(saved.ok && saved.data).toMatchObject({ status: 'imported', publishedAt: '2024-07-08T00:00:00.000Z' });
  });

  it('matches a second dw.com article to the stored 德国之声 (homepage www.dw.com) instead of proposing a new outlet', async () => {
    const actor = await editor();
    await db.prisma.outlet.create({ data: { slug: 'deutsche-welle', name: '德国之声', homepage: 'https://www.dw.com', language: 'zh_Hans' } });
    const source = page('og-only-zh.html').replaceAll('德国之声', 'DW 中文');
    const preview = await runOperation(db.prisma, actor, 'importArticle', { filename: 'dw.html', source, dryRun: true });
    expect(preview.ok && preview.data).toMatchObject({ outlet: { slug: 'deutsche-welle', name: '德国之声' }, outletExists: true, missing: [] });
    const saved = await runOperation(db.prisma, actor, 'importArticle', { filename: 'dw.html', source });
    expect(saved.ok && saved.data.outlet?.slug).toBe('deutsche-welle');
    expect(await db.prisma.outlet.count({ where: { homepage: { contains: 'dw.com' } } })).toBe(1);
  });
});

describe('importArticle from a page address', () => {
  it('fetches the page on the server (loopback allowed only by CLAIMGRID_IMPORT_ALLOW_PRIVATE) and reviews it like an upload', async () => {
    const actor = await editor();
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('jsonld-news-en.html'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const sourceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world/astana`;
    try {
      const refused = await runOperation(db.prisma, actor, 'importArticle', { sourceUrl, dryRun: true });
      expect(!refused.ok && refused.error.fieldErrors?.sourceUrl?.[0]).toMatch(/loopback/);
      process.env.CLAIMGRID_IMPORT_ALLOW_PRIVATE = '1';
      const preview = await runOperation(db.prisma, actor, 'importArticle', { sourceUrl, dryRun: true });
      expect(preview.ok && preview.data).toMatchObject({
        status: 'preview',
        filename: '127.0.0.1.html',
        title: 'Leaders meet in Astana as regional bloc expands',
        sources: { title: 'json-ld', author: 'json-ld' },
      });
      expect(preview.ok && preview.data.source).toContain('application/ld+json');
    } finally {
      delete process.env.CLAIMGRID_IMPORT_ALLOW_PRIVATE;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('article metadata edits and deletion', () => {
  it('updates the metadata with a revision, and moves the stances with the outlet', async () => {
    const actor = await editor();
    const article = await db.prisma.article.findFirstOrThrow({ where: { evidence: { some: {} } }, include: { outlet: true, evidence: { take: 1 } } });
    const other = await db.prisma.outlet.findFirstOrThrow({ where: { id: { not: article.outletId } } });
    const result = await runOperation(db.prisma, actor, 'updateArticle', {
      id: article.id,
      title: '更正后的标题',
      outletSlug: other.slug,
      publishedAt: '2024-07-05T01:02:03Z',
      author: '新作者',
      url: 'https://example.org/fixed',
    });
    expect(result.ok).toBe(true);
    const after = await db.prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after).toMatchObject({ title: '更正后的标题', outletId: other.id, author: '新作者', url: 'https://example.org/fixed' });
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'article', entityId: article.id, action: 'update' } });
    expect(revision.before).toMatchObject({ title: article.title, outlet: article.outlet.slug });
    expect(revision.after).toMatchObject({ title: '更正后的标题', outlet: other.slug });
    const claimId = article.evidence[0]!.claimId;
    expect(await db.prisma.claimCell.findUnique({ where: { claimId_outletId: { claimId, outletId: other.id } } })).not.toBeNull();
  });

  it('refuses to delete an article with quotes, saying why; deletes one without, with a revision', async () => {
    const actor = await editor();
    const quoted = await db.prisma.article.findFirstOrThrow({ where: { evidence: { some: {} } } });
    const refused = await runOperation(db.prisma, actor, 'deleteArticle', { id: quoted.id });
    expect(!refused.ok && refused.error.message).toMatch(/quote\(s\).*delete them first/);

    const imported = await runOperation(db.prisma, actor, 'importArticle', { filename: 'wp.html', source: page('wordpress-sidebar-en.html'), overrides: { publishedAt: '2024-07-01T00:00:00Z', outlet: { slug: 'field-notes', name: 'Field Notes' } } });
    const id = imported.ok ? imported.data.articleId! : 0;
    const deleted = await runOperation(db.prisma, actor, 'deleteArticle', { id });
    expect(deleted.ok).toBe(true);
    expect(await db.prisma.article.findUnique({ where: { id } })).toBeNull();
    expect(await db.prisma.revision.count({ where: { entityType: 'article', entityId: id, action: 'delete' } })).toBe(1);
  });
});

describe('article languages beyond Chinese', () => {
  it('stores an English page as en (told from og:locale, JSON-LD inLanguage and its letters, though it quotes Chinese), and an editor corrects the language with a revision', async () => {
    const actor = await editor();
    const source = page('chinese-quotes-en.html');
    const preview = await runOperation(db.prisma, actor, 'importArticle', { filename: 'slogan.html', source, dryRun: true });
    expect(preview.ok && preview.data).toMatchObject({ language: 'en', outlet: { name: 'The Harbour Ledger', language: 'en' } });
    const saved = await runOperation(db.prisma, actor, 'importArticle', { filename: 'slogan.html', source });
    if (!saved.ok) throw new Error(saved.error.message);
    const id = saved.data.articleId!;
    const stored = await db.prisma.article.findUniqueOrThrow({ where: { id }, include: { outlet: true } });
    expect(stored.language).toBe('en');
    expect(stored.outlet.language).toBe('en');

    const base = { id, title: stored.title, outletSlug: stored.outlet.slug, publishedAt: stored.publishedAt.toISOString(), author: stored.author, url: stored.url };
    const refused = await runOperation(db.prisma, actor, 'updateArticle', { ...base, language: 'klingon' });
    expect(!refused.ok && refused.error.fieldErrors).toHaveProperty('language');
    const changed = await runOperation(db.prisma, actor, 'updateArticle', { ...base, language: 'zh-Hant' });
    expect(changed.ok).toBe(true);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id } })).language).toBe('zh_Hant');
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'article', entityId: id, action: 'update' } });
    expect(revision.before).toMatchObject({ language: 'en' });
    expect(revision.after).toMatchObject({ language: 'zh-Hant' });
    // Without a language the stored one stays.
    expect((await runOperation(db.prisma, actor, 'updateArticle', base)).ok).toBe(true);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id } })).language).toBe('zh_Hant');

    // The review step's override takes any listed language, and only those.
    const other = source.replace('Economists said', 'Economists in Hong Kong said');
    const asFrench = await runOperation(db.prisma, actor, 'importArticle', { filename: 'slogan2.html', source: other, dryRun: true, overrides: { language: 'fr' } });
    expect(asFrench.ok && asFrench.data.language).toBe('fr');
    const bad = await runOperation(db.prisma, actor, 'importArticle', { filename: 'slogan2.html', source: other, dryRun: true, overrides: { language: 'en-US' } });
    expect(bad.ok).toBe(false);
  });
});
