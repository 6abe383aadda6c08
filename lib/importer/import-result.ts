// What an import answers (preview, imported or duplicate), declared once with zod: the
// importer's TypeScript types and the OpenAPI document's ImportResult derive from it.
import { z } from 'zod';
import { contentLanguageSchema } from '../text/languages';
import type { ArticleFormat } from './types';

export const ARTICLE_FORMATS = ['text', 'markdown', 'html-fragment', 'html'] as const satisfies readonly ArticleFormat[];

const text = z.string();
const maybe = z.string().nullable();

export const importPreviewSchema = z.strictObject({
  filename: text,
  title: text,
  outlet: z
    .strictObject({ slug: text, name: text, homepage: maybe, language: contentLanguageSchema })
    .nullable()
    .describe('null when nothing names the outlet (see missing): the editor names it'),
  outletExists: z.boolean().describe('the outlet is one already stored (matched by slug, homepage or site name)'),
  siteName: maybe,
  url: maybe,
  author: maybe,
  publishedAt: z.iso.datetime().nullable().describe('null when no date was found (see missing): the editor gives it'),
  language: contentLanguageSchema,
  format: z.enum(ARTICLE_FORMATS),
  text,
  removedScripts: z.number().int().min(0),
  sources: z
    .strictObject({ title: maybe, author: maybe, url: maybe, outlet: maybe, publishedAt: maybe })
    .describe('where each field came from, shown in the review step'),
  missing: z.array(z.enum(['outlet', 'publishedAt'])),
  source: maybe.describe('the fetched page, when imported from sourceUrl (the review and save send it back)'),
});

export const importResultSchema = importPreviewSchema.extend({
  status: z.enum(['imported', 'duplicate', 'preview']),
  articleId: z.number().int().nullable(),
});

export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
