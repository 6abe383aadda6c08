// Input for importing one article (UI upload or paste, the JSON API, the CLI): the file's
// name and text, optional corrections to the extracted metadata, and whether to only
// preview the extraction; or, instead of the text, a page address the server fetches. Metadata is one line of plain text: no markup, no control
// characters (NUL cannot be stored; a dry run refuses exactly what a real import would).
// Links are http(s) only: they end up in exports and as hrefs.
import { z } from 'zod';
import { contentLanguageSchema } from '../text/languages';
import { HTML_TAG_PATTERN, LINE_CONTROL_PATTERN } from '../text/plain-text';
import { SLUG_PATTERN } from '../claims/shapes';

// Messages are keys of the serverErrors catalogue (lib/i18n/messages); see lib/errors.ts.
export const CONTROL_NOT_ALLOWED = 'input.controlCharacters';
export const HTTP_URL_ONLY = 'input.httpUrlOnly';

const noMarkup = (value: string) => !HTML_TAG_PATTERN.test(value);
const noControls = (value: string) => !LINE_CONTROL_PATTERN.test(value);
export const plainLine = (max: number) =>
  z.string().trim().min(1).max(max).refine(noControls, CONTROL_NOT_ALLOWED).refine(noMarkup, 'input.htmlNotAllowed');

/** An absolute http(s) URL, as typed: javascript:, data:, vbscript:, file: and the rest are refused. */
export const httpUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(noControls, CONTROL_NOT_ALLOWED)
    .pipe(z.url({ protocol: /^https?$/, error: HTTP_URL_ONLY }));

export const importArticleInput = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine(noControls, CONTROL_NOT_ALLOWED)
    .regex(/\.(html?|md|markdown|txt)$/i, 'input.fileExtension')
    .default('pasted.txt'),
  source: z.string({ error: 'input.sendSource' }).default(''),
  /** Fetch the page from this address on the server instead of sending its text (lib/http/fetch-page.ts). */
  sourceUrl: httpUrl(2000).optional(),
  overrides: z
    .object({
      title: plainLine(500).optional(),
      author: plainLine(200).nullable().optional(),
      url: httpUrl(2000).nullable().optional(),
      publishedAt: z.iso.datetime({ offset: true }).optional(),
      language: contentLanguageSchema.optional(),
      outlet: z
        .object({
          slug: z.string().regex(SLUG_PATTERN, 'input.slugFormat').max(80),
          name: plainLine(200),
          homepage: httpUrl(500).nullable().optional(),
          language: contentLanguageSchema.optional(),
        })
        .optional(),
    })
    .optional(),
  dryRun: z.boolean().optional(),
});

export type ImportArticleInput = z.infer<typeof importArticleInput>;
/** What the import form sends to its two actions (preview and save), which set dryRun themselves. */
export type ImportArticleRequest = Omit<z.input<typeof importArticleInput>, 'dryRun'>;

/** Editing an imported article's metadata (its text is fixed: quotes are anchored in it). */
export const updateArticleInput = z.object({
  id: z.number().int().positive(),
  title: plainLine(500),
  outletSlug: z.string().regex(SLUG_PATTERN, 'input.slugFormat').max(80),
  publishedAt: z.iso.datetime({ offset: true }),
  author: plainLine(200).nullable(),
  url: httpUrl(2000).nullable(),
  /** Absent: the language stays as it is (older clients send none). */
  language: contentLanguageSchema.optional(),
});
export type UpdateArticleInput = z.infer<typeof updateArticleInput>;

export const deleteArticleInput = z.object({ id: z.number().int().positive() });
export type DeleteArticleInput = z.infer<typeof deleteArticleInput>;
