// Whether a new password is good enough: 8 to 128 characters, and not among the passwords and
// words attackers try first. The judgement is zxcvbn's (zxcvbn-ts with its common-password
// list and English dictionaries): it estimates how many guesses a password takes, counting
// the account's own email and name as guessable. Pure; every path that sets a password
// (admin UI, users CLI, Better Auth's change-password) asks this module. The dictionaries
// take a second or two to load, so they load on the first check, not with the module: the
// CLI's other commands and every other import of the input schemas never pay for them.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more. */
export const MIN_PASSWORD_SCORE = 3;

export const PASSWORD_TOO_SHORT = `Use at least ${PASSWORD_MIN} characters.`;
export const PASSWORD_TOO_LONG = `Use at most ${PASSWORD_MAX} characters.`;
export const PASSWORD_TOO_WEAK = 'This password is too easy to guess; use a longer one, such as a few unrelated words.';

let factory: Promise<ZxcvbnFactory> | undefined;

function zxcvbn(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([{ ZxcvbnFactory }, common, english]) =>
      new ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
      }),
  );
  return factory;
}

/** The message that refuses `password`, or null when it is acceptable. */
export async function passwordProblem(password: string, userInputs: readonly string[] = []): Promise<string | null> {
  if (password.length < PASSWORD_MIN) return PASSWORD_TOO_SHORT;
  if (password.length > PASSWORD_MAX) return PASSWORD_TOO_LONG;
  // The email's local part and the name's words are what an attacker who knows the account tries.
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[@\s._+-]+/)]).filter((s) => s.length >= 3);
  return (await zxcvbn()).check(password, inputs).score >= MIN_PASSWORD_SCORE ? null : PASSWORD_TOO_WEAK;
}
