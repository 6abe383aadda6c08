// `npm run users -- <command>`: account administration from the command line, e.g. the first
// admin: `npm run users -- add --email you@example.org --role admin`. Uses DATABASE_URL, else the
// embedded database of the running app, else starts the embedded one in .data for the command.
// `token` prints the token alone on stdout (messages on stderr): TOKEN=$(npm run -s users -- token …).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createApiTokenInput, createUserInput, setPasswordInput, updateUserInput } from '../lib/auth/user-input';
import { createApiToken, findApiTokens, revokeApiToken } from '../lib/data/writes/api-tokens';
import { createPrisma } from '../lib/db/prisma';
import { migrateDatabase } from '../lib/db/migrate';
import { createUser, setUserPassword } from '../lib/data/writes/create-user';
import { findUsers } from '../lib/data/reads/find-users';
import { updateUser } from '../lib/data/writes/update-user';
import { atCliExit, CliError, runCli, usageError } from '../lib/runtime/cli';
import { resolveDatabase } from '../lib/runtime/resolve-database';
import { setupUrl } from '../lib/auth/setup-token';
import { createSetupToken } from '../lib/data/writes/create-setup-token';
import type { z } from 'zod';
import { englishText } from '../lib/i18n/error-message';
import { issueMessage } from '../lib/i18n/zod-issue-message';

const USAGE = `usage: npm run users -- <command> [options]
  add --email E --role admin|editor|reader [--name N] [--password P]   (a password is generated and printed when omitted)
  list
  role --email E --role admin|editor|reader
  disable --email E
  enable --email E
  password --email E [--password P]   (sets a new password; generated and printed when omitted)
  token --email E [--name N]     (prints a new personal API token once; only its hash is stored)
  tokens --email E               (lists the user's tokens)
  revoke-token --email E --id N
  setup-link [--url BASE]        (while no admin exists: prints a one-time link that creates the first admin in the browser)`;

const COMMANDS = ['add', 'list', 'role', 'disable', 'enable', 'password', 'token', 'tokens', 'revoke-token', 'setup-link'];

await runCli('users', async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command === '--help' || command === 'help') {
    console.log(USAGE);
    return;
  }
  if (!command) throw usageError(`a command is required: ${COMMANDS.join(', ')} (--help for usage)`);
  if (!COMMANDS.includes(command)) throw usageError(`unknown command "${command}": use one of ${COMMANDS.join(', ')} (--help for usage)`);
  let values: { url?: string; email?: string; role?: string; name?: string; password?: string; id?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { url: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, id: { type: 'string' } },
    }));
  } catch (error) {
    throw usageError((error as Error).message);
  }
  // The schemas' messages are catalogue keys: the CLI shows them in English.
  const invalid = (issues: z.core.$ZodIssue[]) =>
    usageError(issues.map((i) => (i.path.length ? `--${i.path.map(String).join('.')}: ${englishText(issueMessage(i))}` : englishText(issueMessage(i)))).join('; '));
  // Check what can be checked without the database first.
  if (command !== 'list' && command !== 'setup-link' && !values.email) throw usageError('--email is required');

  const db = await resolveDatabase();
  const prisma = createPrisma(db.url);
  atCliExit(() => prisma.$disconnect());
  await migrateDatabase(db.url);
  const idOf = async (email: string) => {
    const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
    if (!user) throw new CliError(`no user with email ${email}`);
    return user.id;
  };
  const email = values.email ?? '';
  if (command === 'add') {
    const generated = values.password ? undefined : randomBytes(12).toString('base64url');
    const parsed = await createUserInput.safeParseAsync({
      email: values.email,
      role: values.role,
      name: values.name ?? values.email?.split('@')[0],
      password: values.password ?? generated,
    });
    if (!parsed.success) throw invalid(parsed.error.issues);
    const user = await createUser(prisma, parsed.data);
    console.log(`added ${user.role} ${user.email} (id ${user.id})`);
    if (generated) console.log(`password: ${generated}   (shown once; sign in and keep it safe)`);
  } else if (command === 'setup-link') {
    const created = await createSetupToken(prisma);
    if (!created) throw new CliError('an admin exists already; add accounts under Users or with `add`');
    console.log(setupUrl(values.url ?? process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`, created.token));
    console.error(`(one use; valid until ${created.expiresAt.toISOString()})`);
  } else if (command === 'list') {
    for (const user of await findUsers(prisma)) {
      console.log(`${user.id}\t${user.email}\t${user.role}${user.disabled ? '\tdisabled' : ''}`);
    }
  } else if (command === 'password') {
    const id = await idOf(email);
    const generated = values.password ? undefined : randomBytes(12).toString('base64url');
    const password = values.password ?? generated!;
    const checked = await setPasswordInput.safeParseAsync({ email: values.email, password });
    if (!checked.success) throw invalid(checked.error.issues);
    await setUserPassword(prisma, id, password);
    console.log(`password set for ${email}; their sessions were ended`);
    if (generated) console.log(`password: ${generated}   (shown once)`);
  } else if (command === 'token' || command === 'tokens' || command === 'revoke-token') {
    const id = await idOf(email);
    const user = await prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true, disabled: true } });
    const actor = { userId: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabled };
    if (command === 'token') {
      if (user.role === 'reader') throw new CliError(`${user.email} is a reader; only editors and admins can write through the API`);
      const parsed = createApiTokenInput.safeParse({ name: values.name ?? 'command line' });
      if (!parsed.success) throw invalid(parsed.error.issues);
      const token = await createApiToken(prisma, { actor, input: parsed.data });
      // The token alone on stdout, so a script can capture it; the rest is for the person.
      console.error(`token ${token.id} for ${user.email} (${token.name}); shown once, send it as "Authorization: Bearer <token>":`);
      console.log(token.token);
    } else if (command === 'tokens') {
      for (const token of await findApiTokens(prisma, id)) {
        console.log(`${token.id}\t${token.prefix}…\t${token.name}\tcreated ${token.createdAt}${token.revokedAt ? `\trevoked ${token.revokedAt}` : ''}`);
      }
    } else {
      const tokenId = Number(values.id);
      if (!Number.isInteger(tokenId) || tokenId <= 0) throw usageError('--id is required (see `tokens`)');
      const token = await revokeApiToken(prisma, { actor: { ...actor, role: 'admin' }, input: { id: tokenId } });
      console.log(`revoked token ${token.id} (${token.name})`);
    }
  } else {
    const id = await idOf(email);
    const change = command === 'role' ? { id, role: values.role } : { id, disabled: command === 'disable' };
    const parsed = updateUserInput.safeParse(change);
    if (!parsed.success) throw invalid(parsed.error.issues);
    const user = await updateUser(prisma, parsed.data);
    console.log(`${user.email}: ${user.role}${user.disabled ? ', disabled' : ''}`);
  }
});
