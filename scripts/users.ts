// `npm run users -- <command>`: account administration from the command line, e.g. the first
// admin: `npm run users -- add --email you@example.org --role admin`. Uses DATABASE_URL or the
// embedded database in .data (stop `npm start` first when using the embedded one).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createApiTokenInput, createUserInput, setPasswordInput, updateUserInput } from '../lib/auth/user-input';
import { createApiToken, findApiTokens, revokeApiToken } from '../lib/data/api-tokens';
import { createPrisma } from '../lib/db/prisma';
import { migrateDatabase } from '../lib/db/migrate';
import { createUser, setUserPassword } from '../lib/data/create-user';
import { createSetupToken } from '../lib/data/create-setup-token';
import { setupUrl } from '../lib/auth/setup-token';
import { findUsers } from '../lib/data/find-users';
import { updateUser } from '../lib/data/update-user';
import { isAppError } from '../lib/errors';
import { resolveDatabase } from '../lib/runtime/resolve-database';

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

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { url: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, id: { type: 'string' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (!command || !['add', 'list', 'role', 'disable', 'enable', 'password', 'token', 'tokens', 'revoke-token', 'setup-link'].includes(command)) fail(USAGE);

const db = await resolveDatabase();
const prisma = createPrisma(db.url);
try {
  await migrateDatabase(db.url);
  const idOf = async (email: string | undefined) => {
    if (!email) fail('--email is required');
    const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
    if (!user) fail(`no user with email ${email}`);
    return user.id;
  };
  if (command === 'add') {
    const generated = values.password ? undefined : randomBytes(12).toString('base64url');
    const parsed = await createUserInput.safeParseAsync({
      email: values.email,
      role: values.role,
      name: values.name ?? values.email?.split('@')[0],
      password: values.password ?? generated,
    });
    if (!parsed.success) fail(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    const user = await createUser(prisma, parsed.data);
    console.log(`added ${user.role} ${user.email} (id ${user.id})`);
    if (generated) console.log(`password: ${generated}   (shown once; sign in and keep it safe)`);
  } else if (command === 'setup-link') {
    const created = await createSetupToken(prisma);
    if (!created) fail('an admin exists already; add accounts under Users or with `add`');
    console.log(setupUrl(values.url ?? process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`, created.token));
    console.log(`(one use; valid until ${created.expiresAt.toISOString()})`);
  } else if (command === 'list') {
    for (const user of await findUsers(prisma)) {
      console.log(`${user.id}\t${user.email}\t${user.role}${user.disabled ? '\tdisabled' : ''}`);
    }
  } else if (command === 'password') {
    const id = await idOf(values.email);
    const generated = values.password ? undefined : randomBytes(12).toString('base64url');
    const password = values.password ?? generated!;
    const checked = await setPasswordInput.safeParseAsync({ email: values.email, password });
    if (!checked.success) fail(checked.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    await setUserPassword(prisma, id, password);
    console.log(`password set for ${values.email}; their sessions were ended`);
    if (generated) console.log(`password: ${generated}   (shown once)`);
  } else if (command === 'token' || command === 'tokens' || command === 'revoke-token') {
    const id = await idOf(values.email);
    const user = await prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true, disabled: true } });
    const actor = { userId: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabled };
    if (command === 'token') {
      if (user.role === 'reader') fail(`${user.email} is a reader; only editors and admins can write through the API.`);
      const parsed = createApiTokenInput.safeParse({ name: values.name ?? 'command line' });
      if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('\n'));
      const token = await createApiToken(prisma, { actor, input: parsed.data });
      console.log(`token ${token.id} for ${user.email} (${token.name}):`);
      console.log(token.token);
      console.log('(shown once; send it as "Authorization: Bearer <token>")');
    } else if (command === 'tokens') {
      for (const token of await findApiTokens(prisma, id)) {
        console.log(`${token.id}\t${token.prefix}…\t${token.name}\tcreated ${token.createdAt}${token.revokedAt ? `\trevoked ${token.revokedAt}` : ''}`);
      }
    } else {
      const tokenId = Number(values.id);
      if (!Number.isInteger(tokenId) || tokenId <= 0) fail('--id is required (see `tokens`)');
      const token = await revokeApiToken(prisma, { actor: { ...actor, role: 'admin' }, input: { id: tokenId } });
      console.log(`revoked token ${token.id} (${token.name})`);
    }
  } else {
    const id = await idOf(values.email);
    const change = command === 'role' ? { id, role: values.role } : { id, disabled: command === 'disable' };
    const parsed = updateUserInput.safeParse(change);
    if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('\n'));
    const user = await updateUser(prisma, parsed.data);
    console.log(`${user.email}: ${user.role}${user.disabled ? ', disabled' : ''}`);
  }
} catch (error) {
  console.error(isAppError(error) || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
// An explicit exit with the code set above: nothing still open (a pool, a timer) keeps the process alive.
process.exit(process.exitCode ?? 0);
