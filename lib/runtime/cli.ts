// The shell of every command-line entry point: a failure is one line on stderr and a non-zero
// exit (2 for a usage mistake, 1 otherwise), never a stack trace; output meant for programs goes
// to stdout, messages to stderr; Ctrl-C or SIGTERM still stops an embedded server the command
// started itself.
import { isAppError } from '../errors';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, 2);

/** One line that says what went wrong, from whatever was thrown. */
export function cliErrorMessage(error: unknown): string {
  let message: string;
  if (error instanceof CliError || isAppError(error)) message = error.message;
  else if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    // Prisma prefixes its messages with the invocation that failed; the last line is the reason.
    const lines = error.message.split('\n').map((line) => line.trim()).filter(Boolean);
    message = (/^Invalid `.*` invocation/.test(lines[0] ?? '') ? lines.at(-1) : lines.join(' ')) || (typeof code === 'string' ? code : error.name);
  } else message = String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}

const cleanups: (() => Promise<void>)[] = [];
let signalsHandled = false;

/** Runs fn (e.g. stopping an embedded server) before the command exits, also on a signal. */
export function atCliExit(fn: () => Promise<void>): void {
  cleanups.push(fn);
  if (signalsHandled) return;
  signalsHandled = true;
  let signalled = false;
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      void cleanUp().finally(() => process.exit(128 + number));
    });
  }
}

async function cleanUp(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
}

/**
 * Runs a command: `main` resolves to the exit code (0 when it returns nothing). Exits explicitly,
 * so nothing still open (a pool, a timer) keeps the process alive.
 */
export async function runCli(name: string, main: () => Promise<number | void>): Promise<never> {
  let code: number;
  try {
    code = (await main()) ?? 0;
  } catch (error) {
    console.error(`${name}: ${cliErrorMessage(error)}`);
    code = error instanceof CliError ? error.exitCode : 1;
  }
  await cleanUp();
  process.exit(code);
}
