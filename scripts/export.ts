// `npm run export -- --format csv|json|md|claimreview|annotations|dump [--out FILE]
// [--base-url URL] [--q TEXT] [--topic T] [--kind K] [--stance S [--outlet SLUG]] [--contested]
// [--sort S] [--cols a,b] [--claim ID] [--outlet-page SLUG]`: streams the same export the API
// serves to stdout or a file. Uses DATABASE_URL, else the embedded database of the running app,
// else the embedded one in .data. Flags are turned into the API's query string, so both read it
// through the same parser.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { unknownOutletErrors } from '../lib/claims/outlet-refs';
import { createPrisma } from '../lib/db/prisma';
import { findOutlets } from '../lib/data/reads/find-outlets';
import { dumpDatabase } from '../lib/data/workflows/dump-database';
import { openClaimExport } from '../lib/data/reads/export-claims';
import { parseExportRequest, scopeOutletRefs, type ExportRequest } from '../lib/export/export-request';
import { EXPORT_FORMATS, formatExport } from '../lib/export/formats';
import { atCliExit, CliError, runCli, usageError } from '../lib/runtime/cli';
import { resolveDatabase } from '../lib/runtime/resolve-database';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--base-url URL]
       [--q TEXT] [--topic TOPIC] [--kind fact|quantity|date|opinion] [--stance STANCE [--outlet SLUG]]
       [--contested] [--sort newest|contested|coverage|omitted] [--cols SLUG,SLUG]
       [--claim ID | --outlet-page SLUG]`;

const QUERY_FLAGS = ['format', 'q', 'topic', 'kind', 'stance', 'outlet', 'sort', 'cols', 'claim', 'outlet-page'] as const;

function parse(): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {
        ...Object.fromEntries(QUERY_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
        contested: { type: 'boolean' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw usageError(`${(error as Error).message} (--help for usage)`);
  }
}

async function openChunks(prisma: ReturnType<typeof createPrisma>, request: ExportRequest, baseUrl: string): Promise<AsyncGenerator<string> | null> {
  if (request.format === 'dump') return dumpDatabase(prisma);
  const unknown = unknownOutletErrors(scopeOutletRefs(request.scope), new Set((await findOutlets(prisma)).map((o) => o.slug)));
  if (unknown) {
    const [flag, [message]] = Object.entries(unknown)[0]!;
    throw usageError(`--${flag}: ${message}`);
  }
  const data = await openClaimExport(prisma, request.scope, { baseUrl });
  return data ? formatExport(request.format, data) : null;
}

await runCli('export', async () => {
  const values = parse();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const params = new URLSearchParams();
  for (const flag of QUERY_FLAGS) {
    if (typeof values[flag] === 'string') params.set(flag, values[flag] as string);
  }
  if (values.contested) params.set('contested', '1');
  const parsed = parseExportRequest(params);
  if (!parsed.ok) throw usageError(`${parsed.detail} (--help for usage)`);
  const baseUrl = (values['base-url'] as string | undefined) ?? process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`;
  const out = values.out as string | undefined;

  const db = await resolveDatabase();
  const prisma = createPrisma(db.url);
  atCliExit(() => prisma.$disconnect());
  const chunks = await openChunks(prisma, parsed.request, baseUrl);
  if (!chunks) {
    const { scope } = parsed.request;
    throw new CliError(scope.scope === 'claim' ? `no published claim with id ${scope.claimId}` : `no outlet with slug ${JSON.stringify(params.get('outlet-page'))}`);
  }
  if (out) {
    await pipeline(Readable.from(chunks), createWriteStream(out));
    console.error(`wrote ${out}`);
  } else {
    await pipeline(Readable.from(chunks), process.stdout, { end: false }).catch((error: NodeJS.ErrnoException) => {
      // A reader that stops early (| head) is not an error.
      if (error.code !== 'EPIPE') throw error;
    });
  }
});
