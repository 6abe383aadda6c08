// Input for importing one article (UI upload or paste, the JSON API, the CLI): the file's
// name and text, optional corrections to the extracted metadata, and whether to only
// preview the extraction.
import { z } from 'zod';

const noMarkup = (value: string) => !/<\s*[/!a-zA-Z]/.test(value);
const text = (max: number) => z.string().trim().min(1).max(max).refine(noMarkup, 'HTML is not allowed here');

export const importArticleInput = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(html?|md|markdown|txt)$/i, 'Use a .html, .htm, .md or .txt file')
    .default('pasted.txt'),
  source: z.string({ error: 'Send the file text as "source"' }),
  overrides: z
    .object({
      title: text(500).optional(),
      author: text(200).nullable().optional(),
      url: z.url().max(2000).nullable().optional(),
      publishedAt: z.iso.datetime({ offset: true }).optional(),
      language: z.enum(['zh-Hans', 'zh-Hant']).optional(),
      outlet: z
        .object({
          slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens').max(80),
          name: text(200),
          homepage: z.url().max(500).nullable().optional(),
          language: z.enum(['zh-Hans', 'zh-Hant']).optional(),
        })
        .optional(),
    })
    .optional(),
  dryRun: z.boolean().optional(),
});

export type ImportArticleInput = z.infer<typeof importArticleInput>;
