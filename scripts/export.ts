// `npm run export -- --format csv|json|md|claimreview|annotations|dump [--out FILE]
// [--base-url URL] [--q TEXT] [--topic T] [--kind K] [--stance S [--outlet SLUG]] [--contested]
// [--sort S] [--cols a,b] [--claim ID] [--outlet-page SLUG]`: streams the same export the API
// serves to stdout or a file. Uses DATABASE_URL or the embedded database in .data (stop
// `npm start` first when using the embedded one). Flags are turned into the API's query
// string, so both read it through the same parser.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { unknownOutletErrors } from '../lib/claims/outlet-refs';
import { createPrisma } from '../lib/db/prisma';
import { findOutlets } from '../lib/data/find-outlets';
import { dumpDatabase } from '../lib/data/dump-database';
import { openClaimExport } from '../lib/data/export-claims';
import { parseExportRequest, scopeOutletRefs } from '../lib/export/export-request';
import { EXPORT_FORMATS, formatExport } from '../lib/export/formats';
import { resolveDatabase } from '../lib/runtime/resolve-database';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--base-url URL]
       [--q TEXT] [--topic TOPIC] [--kind fact|quantity|date|opinion] [--stance STANCE [--outlet SLUG]]
       [--contested] [--sort newest|contested|coverage|omitted] [--cols SLUG,SLUG]
       [--claim ID | --outlet-page SLUG]`;

const QUERY_FLAGS = ['format', 'q', 'topic', 'kind', 'stance', 'outlet', 'sort', 'cols', 'claim', 'outlet-page'] as const;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parse(): Record<string, string | boolean | undefined> {
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
}
let values: Record<string, string | boolean | undefined> = {};
try {
  values = parse();
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const params = new URLSearchParams();
for (const flag of QUERY_FLAGS) {
  if (typeof values[flag] === 'string') params.set(flag, values[flag] as string);
}
if (values.contested) params.set('contested', '1');
const parsed = parseExportRequest(params);
if (!parsed.ok) fail(parsed.detail);
const { format, scope } = parsed.request;
const baseUrl = (values['base-url'] as string | undefined) ?? process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`;
const out = values.out as string | undefined;

async function openChunks(prisma: ReturnType<typeof createPrisma>): Promise<AsyncGenerator<string> | null> {
  if (format === 'dump') return dumpDatabase(prisma);
  const unknown = unknownOutletErrors(scopeOutletRefs(scope), new Set((await findOutlets(prisma)).map((o) => o.slug)));
  if (unknown) {
    const [flag, [message]] = Object.entries(unknown)[0]!;
    console.error(`--${flag}: ${message}`);
    return null;
  }
  const data = await openClaimExport(prisma, scope, { baseUrl });
  return data ? formatExport(format, data) : null;
}

const db = await resolveDatabase();
const prisma = createPrisma(db.url);
let missing = false;
try {
  const chunks = await openChunks(prisma);
  if (!chunks) {
    if (scope.scope === 'claim') console.error(`No published claim with id ${scope.claimId}.`);
    missing = true;
  } else if (out) {
    await pipeline(Readable.from(chunks), createWriteStream(out));
    console.error(`wrote ${out}`);
  } else {
    await pipeline(Readable.from(chunks), process.stdout, { end: false }).catch((error: NodeJS.ErrnoException) => {
      // A reader that stops early (| head) is not an error.
      if (error.code !== 'EPIPE') throw error;
    });
  }
} finally {
  await prisma.$disconnect();
  await db.stop();
}
// Explicitly: the embedded database's exit hook would otherwise end the process with 0.
if (missing) process.exit(1);
