// Translates the errors of writes into the interface language at the edge (server actions),
// gettext-style: lib/ keeps producing English messages (the JSON API and the CLI show them as
// they are), and each English message is the msgid of a translation under `serverErrors` in
// the message files. The English text there IS the lib message, with {placeholders} for the
// parts that vary; a message is recognised by matching it against that English text (or, for
// not_found and conflict errors, by their structured details), and only translated when the
// English rendering of the match gives back exactly the original. Anything unrecognised, or a
// catalog entry that has drifted from lib/, leaves the message untouched. Pure TypeScript.
import { createTranslator } from 'use-intl/core';
import type { OperationError } from '../operations/operation';
import { MESSAGES } from './messages';

/**
 * The translator getT() (or createTranslator over the full messages) gives; only its call
 * signature is used. Its keys are typed per message file, so `any` here: the keys this module
 * builds are checked against the English messages before use.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type ErrorTranslator = (key: any, values?: Record<string, string>) => string;

type Params = Record<string, string>;

/** Helpers a catalog entry uses to turn the English parts it matched into translated values. */
type Context = {
  t: (key: string, values?: Params) => string;
  /** A nested English message, translated when the catalog knows it, else as it is. */
  message: (text: string) => string;
  /** The translation of `${group}.${value}` when there is one (a role, a type name), else `value`. */
  term: (group: string, value: string) => string;
  /** An input path as toFieldErrors writes it ("evidence.exact"), in words. */
  field: (path: string) => string;
  /** A ", "-separated list of input paths, in words. */
  fields: (list: string) => string;
  /** "; a; b": a run of notes, each one a catalog message; null when one of them is not. */
  notes: (text: string) => string | null;
  /** Told each catalog key used, nested ones included (for tests). */
  record?: (key: string) => void;
};

/** Matches the English text of `key` (under serverErrors), each placeholder as PATTERNS says. */
type MessageEntry = {
  key: string;
  /** The values to render the translation with, from the matched English parts; null to skip this entry. */
  values?: (parts: Params, c: Context) => Params | null;
};

/** Recognises an error by its code and details rather than its text. */
type ErrorEntry = {
  key: string;
  values: (error: OperationError, c: Context) => Params | null;
};

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
/** A JSON string literal, as the anchoring messages quote article text. */
const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
const POSITIONS = String.raw`\d+(?:, \d+)*(?:, …)?`;
const FIELD_LIST = String.raw`[\w.]+(?:, [\w.]+)*`;

/** What a placeholder matches, by its name; any other placeholder matches any text. */
const PATTERNS: Record<string, string> = {
  id: String.raw`\d+`,
  revisionId: String.raw`\d+`,
  articleId: String.raw`\d+`,
  claimId: String.raw`\d+`,
  count: String.raw`\d+`,
  fitting: String.raw`\d+`,
  length: String.raw`\d+`,
  matched: String.raw`\d+`,
  total: String.raw`\d+`,
  at: String.raw`\d+`,
  size: String.raw`\d+`,
  limit: String.raw`\d+`,
  min: String.raw`\d+`,
  max: String.raw`\d+`,
  minimum: NUMBER,
  maximum: NUMBER,
  start: NUMBER,
  end: NUMBER,
  quote: QUOTED,
  actual: QUOTED,
  head: QUOTED,
  textContinues: QUOTED,
  quoteContinues: QUOTED,
  prefix: QUOTED,
  suffix: QUOTED,
  positions: POSITIONS,
  fittingPositions: POSITIONS,
  fields: FIELD_LIST,
  expected: String.raw`\w+`,
  received: String.raw`[\w-]+`,
  format: String.raw`[\w-]+`,
  role: String.raw`\w+`,
  action: String.raw`[a-z]+`,
  origin: String.raw`\w+`,
  given: '(?:start|end)',
  notes: '(?:; .*)?',
};

const nested = (...names: string[]) => (parts: Params, c: Context): Params => {
  const values = { ...parts };
  for (const name of names) values[name] = c.message(parts[name]!);
  return values;
};

const zodOrigin = (parts: Params, c: Context): Params => ({ ...parts, origin: c.term('serverErrors.type', parts.origin!) });

const withNotes = (parts: Params, c: Context): Params | null => {
  const notes = c.notes(parts.notes ?? '');
  return notes === null ? null : { ...parts, notes };
};

/**
 * Every English message lib/ produces for a write, by the key of its translation. Tried in
 * order, the first that matches and renders back to the original wins; a message that ends
 * up in another (validation "Check …: <message>", an import failure, an anchoring detail) is
 * translated through this same list.
 */
const MESSAGE_ENTRIES: MessageEntry[] = [
  // lib/claims/claim-input.ts validationError: "Check <fields>: <first issue>".
  { key: 'validation.check', values: (parts, c) => ({ fields: c.fields(parts.fields!), message: c.message(parts.message!) }) },

  // lib/auth/actor.ts, lib/data/api-tokens.ts, create-user.ts, update-user.ts.
  { key: 'auth.signIn' },
  { key: 'auth.accountDisabled' },
  { key: 'auth.passwordChangeRequired' },
  { key: 'auth.roleNotAllowed', values: (parts, c) => ({ role: c.term('role', parts.role!) }) },
  { key: 'auth.accountGone' },
  { key: 'auth.onlyAdminsMakeTokens' },
  { key: 'auth.noUser' },
  { key: 'auth.noToken' },
  { key: 'auth.userExists' },
  { key: 'auth.alreadyInUse' },
  { key: 'auth.lastAdmin' },
  // lib/auth/user-input.ts.
  { key: 'auth.nothingToChange' },
  { key: 'auth.validEmail' },
  { key: 'auth.enterName' },
  { key: 'auth.passwordTooShort' },
  { key: 'auth.passwordTooWeak' },
  { key: 'auth.nameTheToken' },
  { key: 'auth.htmlNotAllowed' },
  // lib/operations/run-operation.ts.
  { key: 'operation.unknown' },

  // lib/data/insert-evidence.ts, mark-omission.ts; lib/operations/to-operation-error.ts.
  { key: 'conflict.duplicateQuote' },
  { key: 'conflict.omissionHasEvidence' },
  { key: 'conflict.alreadyExists' },
  { key: 'conflict.simultaneousSave' },
  { key: 'conflict.oppositeStances' },
  { key: 'database.spanOutside' },
  { key: 'database.quoteNotAtSpan' },
  { key: 'database.invalidVersion' },
  { key: 'database.ruleBroken' },
  { key: 'database.claimGone' },
  { key: 'database.articleMissing' },
  { key: 'database.referenceMissing' },
  { key: 'database.valueMissing' },
  { key: 'database.valueMalformed' },
  { key: 'database.recordGone' },
  { key: 'database.controlCharacter' },

  // lib/claims/claim-input.ts (and update-claim.ts, the CHECKs) and lib/importer/import-input.ts.
  { key: 'input.mustBeText' },
  { key: 'input.controlCharacters' },
  { key: 'input.htmlNotAllowed' },
  { key: 'input.atMostCharacters' },
  { key: 'input.mustBeNumber' },
  { key: 'input.enterClaimText' },
  { key: 'input.topicTooLong' },
  { key: 'input.topicFormat' },
  { key: 'input.topicList' },
  { key: 'input.tooManyTopics' },
  { key: 'input.finiteNumber' },
  { key: 'input.dateFormat' },
  { key: 'input.notRealDate' },
  { key: 'input.comparatorNeedsValue' },
  { key: 'input.differentClaims' },
  { key: 'input.quoteEmpty' },
  { key: 'input.startAndEnd' },
  { key: 'input.endAfterStart' },
  { key: 'input.quoteOrSpan' },
  { key: 'input.fileExtension' },
  { key: 'input.sendSource' },
  { key: 'input.slugFormat' },
  { key: 'input.httpUrlOnly' },
  { key: 'input.languageListed' },

  // zod's own English messages, for the checks our schemas leave to zod's defaults.
  { key: 'zod.missing', values: (parts, c) => ({ expected: c.term('serverErrors.type', parts.expected!) }) },
  {
    key: 'zod.invalidType',
    values: (parts, c) => ({ expected: c.term('serverErrors.type', parts.expected!), received: c.term('serverErrors.type', parts.received!) }),
  },
  { key: 'zod.invalidOption' },
  { key: 'zod.notEmpty' },
  { key: 'zod.stringTooShort' },
  { key: 'zod.stringTooLong' },
  { key: 'zod.arrayTooShort' },
  { key: 'zod.arrayTooLong' },
  { key: 'zod.numberTooSmall', values: zodOrigin },
  { key: 'zod.numberNotAbove', values: zodOrigin },
  { key: 'zod.numberTooBig', values: zodOrigin },
  { key: 'zod.numberNotBelow', values: zodOrigin },
  { key: 'zod.invalidDatetime' },
  { key: 'zod.invalidEmail' },
  { key: 'zod.invalidPattern' },
  { key: 'zod.invalidInput' },

  // lib/importer: the reasons an ImportError gives (shown after the file name, and on `source`).
  { key: 'import.empty' },
  { key: 'import.binary' },
  { key: 'import.tooLarge' },
  { key: 'import.undecodable' },
  { key: 'import.notUtf8' },
  { key: 'import.notUtf8Guess' },
  { key: 'import.frontMatterUnparsable' },
  { key: 'import.frontMatterNotMapping' },
  { key: 'import.nulBytes' },
  { key: 'import.garbage' },
  { key: 'import.noText', values: (parts, c) => ({ ...parts, format: c.term('serverErrors.format', parts.format!) }) },
  { key: 'import.noTitle', values: (parts, c) => ({ format: c.term('serverErrors.format', parts.format!) }) },
  { key: 'import.unknownOutlet' },
  { key: 'import.noDate' },
  { key: 'import.tooDeep' },

  // lib/data/anchor-evidence.ts, around the reasons lib/anchoring gives.
  { key: 'anchor.ambiguous' },
  { key: 'anchor.ambiguousNarrowed' },
  { key: 'anchor.spanOutside' },
  { key: 'anchor.notAtSpan', values: nested('detail') },
  { key: 'anchor.notInArticle', values: nested('detail') },
  { key: 'anchor.nothingToQuote', values: nested('detail') },
  // lib/anchoring/match-quote.ts: the reasons themselves.
  { key: 'anchorDetail.notFound', values: withNotes },
  { key: 'anchorDetail.noFirstCharacter' },
  { key: 'anchorDetail.edgeWhitespace' },
  { key: 'anchorDetail.partialMatch' },
  { key: 'anchorDetail.mismatch', values: withNotes },
  { key: 'anchorDetail.offsetsUtf16' },
  { key: 'anchorDetail.occursNowhere' },
  { key: 'anchorDetail.occursOnce' },
  { key: 'anchorDetail.occursMany' },
  { key: 'anchorDetail.ambiguous' },
  { key: 'anchorDetail.ambiguousNoneFit', values: nested('context') },
  { key: 'anchorDetail.ambiguousSomeFit', values: nested('context') },
  { key: 'anchorDetail.contextPrefix' },
  { key: 'anchorDetail.contextSuffix' },
  { key: 'anchorDetail.contextBoth' },
  { key: 'anchorDetail.quoteEmpty' },
  { key: 'anchorDetail.quoteWhitespace' },
  { key: 'anchorDetail.nothingGiven' },
  { key: 'anchorDetail.spanWhitespace' },
  { key: 'anchorDetail.spanInvalid' },
  { key: 'anchorDetail.positionHalf', values: (parts, c) => ({ given: c.term('serverErrors.field', parts.given!) }) },

  // lib/data/restore-claim-version.ts, restore-evidence.ts, restore-deleted-claim.ts.
  { key: 'restore.noClaimState' },
  { key: 'restore.notADelete' },
  { key: 'restore.noEvidence' },
  { key: 'restore.noAnchor', values: nested('detail') },
  { key: 'restore.quoteAlreadyBack' },
  { key: 'restore.claimNotDeleted' },
];

const ENTITY_KEYS = ['claim', 'evidence', 'article', 'review', 'revision'] as const;

const detail = (error: OperationError, name: string): unknown => error.details?.[name];

/** Errors recognised by their details (lib/data/write-errors.ts, clear-omission.ts, import-article-file.ts). */
const ERROR_ENTRIES: ErrorEntry[] = [
  {
    // `${filename}: ${reason}`, with the reason alone on the field it concerns (`source`, or
    // `outlet` / `publishedAt` / `title` when the editor can supply it) and the ImportError code
    // as details.reason.
    key: 'import.failed',
    values: (error, c) => {
      const reason = Object.values(error.fieldErrors ?? {}).flat().find((message) => error.message.endsWith(`: ${message}`));
      // Too large is its own code (413); every other import failure is a validation error (422).
      if ((error.code !== 'validation' && error.code !== 'too_large') || typeof detail(error, 'reason') !== 'string' || !reason) return null;
      if (!error.message.endsWith(`: ${reason}`)) return null;
      return { filename: error.message.slice(0, -(reason.length + 2)), reason: c.message(reason) };
    },
  },
  {
    key: 'conflict.changedBy',
    values: (error, c) => {
      const changedBy = detail(error, 'changedBy');
      const changedAt = detail(error, 'changedAt');
      if (error.code !== 'conflict' || typeof changedBy !== 'string' || typeof changedAt !== 'string') return null;
      // conflictFrom says "someone" when the row has no editor on record.
      return { changedBy: changedBy === 'someone' ? c.t('serverErrors.conflict.someone') : changedBy, changedAt };
    },
  },
  {
    key: 'notFound.omissionNotMarked',
    values: (error) => {
      const [entity, claimId, articleId] = [detail(error, 'entity'), detail(error, 'claimId'), detail(error, 'articleId')];
      if (error.code !== 'not_found' || entity !== 'review' || typeof claimId !== 'number' || typeof articleId !== 'number') return null;
      return { claimId: String(claimId), articleId: String(articleId) };
    },
  },
  {
    key: 'notFound.outlet',
    values: (error) => {
      const slug = detail(error, 'slug');
      return error.code === 'not_found' && detail(error, 'entity') === 'outlet' && typeof slug === 'string' ? { slug } : null;
    },
  },
  ...ENTITY_KEYS.map(
    (entity): ErrorEntry => ({
      key: `notFound.${entity}`,
      values: (error) => {
        const id = detail(error, 'id');
        return error.code === 'not_found' && detail(error, 'entity') === entity && typeof id === 'number' ? { id: String(id) } : null;
      },
    }),
  ),
];

/** Every translation key the catalog uses, under serverErrors (for tests). */
export const SERVER_ERROR_KEYS: readonly string[] = [...ERROR_ENTRIES, ...MESSAGE_ENTRIES].map((entry) => entry.key);

// --- The English side: texts, patterns and a reference translator. ---------------------------------

function lookup(path: string): string | null {
  let node: unknown = MESSAGES.en;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/** The English text of an entry as a pattern: literal text, placeholders as named groups. */
function patternOf(entry: MessageEntry): RegExp {
  let pattern = patterns.get(entry.key);
  if (pattern) return pattern;
  const english = lookup(`serverErrors.${entry.key}`);
  if (english === null) throw new Error(`serverErrors.${entry.key} is missing from en.json`);
  const pieces = english.split(/\{(\w+)\}/);
  const source = pieces
    .map((piece, index) => {
      if (index % 2 === 0) {
        if (/[{}]/.test(piece)) throw new Error(`serverErrors.${entry.key}: only simple {placeholders} are allowed in English`);
        return escapeRegExp(piece);
      }
      return `(?<${piece}>${PATTERNS[piece] ?? '.+?'})`;
    })
    .join('');
  pattern = new RegExp(`^${source}$`, 's');
  patterns.set(entry.key, pattern);
  return pattern;
}

const englishT = createTranslator({ locale: 'en', messages: MESSAGES.en, timeZone: 'UTC', onError: () => {} });

function contextFor(translate: ErrorTranslator, record?: (key: string) => void): Context {
  const t = (key: string, values?: Params) => translate(key, values);
  const term = (group: string, value: string) => (/^[\w-]+$/.test(value) && lookup(`${group}.${value}`) !== null ? t(`${group}.${value}`) : value);
  const field = (path: string) =>
    path
      .split('.')
      .map((part) => term('serverErrors.field', part))
      .join(t('serverErrors.punctuation.fieldPath'));
  const c: Context = {
    t,
    record,
    term,
    field,
    fields: (list) => list.split(', ').map(field).join(t('serverErrors.punctuation.listSeparator')),
    message: (text) => translateMessage(text, c)?.text ?? text,
    notes: (text) => {
      if (text === '') return '';
      const items = splitNotes(text.slice(2), c);
      return items && items.map((item) => t('serverErrors.punctuation.noteSeparator') + item).join('');
    },
  };
  return c;
}

const ENGLISH = contextFor(englishT as ErrorTranslator);

/** "a; b; c" split where every piece is a catalog message (pieces may contain "; " themselves). */
function splitNotes(text: string, c: Context): string[] | null {
  for (let at = text.indexOf('; '); ; at = text.indexOf('; ', at + 1)) {
    const head = at === -1 ? text : text.slice(0, at);
    const translated = translateMessage(head, c);
    if (translated) {
      if (at === -1) return [translated.text];
      const rest = splitNotes(text.slice(at + 2), c);
      if (rest) return [translated.text, ...rest];
    }
    if (at === -1) return null;
  }
}

type Match = { key: string; text: string };

/** Renders `key` with values made for English and for `c`; null unless English gives back `original`. */
function render(key: string, values: (c: Context) => Params | null, original: string, c: Context): Match | null {
  const english = values(ENGLISH);
  if (!english || ENGLISH.t(`serverErrors.${key}`, english) !== original) return null;
  if (c === ENGLISH) return { key, text: original };
  const translated = values(c);
  if (!translated) return null;
  c.record?.(key);
  return { key, text: c.t(`serverErrors.${key}`, translated) };
}

function translateMessage(text: string, c: Context): Match | null {
  for (const entry of MESSAGE_ENTRIES) {
    const match = patternOf(entry).exec(text);
    if (!match) continue;
    const parts: Params = { ...match.groups };
    const result = render(entry.key, (ctx) => (entry.values ? entry.values(parts, ctx) : parts), text, c);
    if (result) return result;
  }
  return null;
}

function translateError(error: OperationError, c: Context): Match | null {
  for (const entry of ERROR_ENTRIES) {
    const result = render(entry.key, (ctx) => entry.values(error, ctx), error.message, c);
    if (result) return result;
  }
  return translateMessage(error.message, c);
}

/** One English message from lib/ in the translator's language, or unchanged when the catalog does not know it. */
export function localizeErrorMessage(message: string, t: ErrorTranslator): string {
  return translateMessage(message, contextFor(t))?.text ?? message;
}

/**
 * A copy of `error` with its message and every field message in the translator's language;
 * whatever the catalog does not know stays as it is. Code, status, field names and details
 * are unchanged.
 */
export function localizeOperationError<E extends OperationError>(error: E, t: ErrorTranslator): E {
  const c = contextFor(t);
  const message = translateError(error, c)?.text ?? error.message;
  if (!error.fieldErrors) return { ...error, message };
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.map((m) => translateMessage(m, c)?.text ?? m)]),
  );
  return { ...error, message, fieldErrors };
}

/**
 * The catalog keys an error (or a bare message) is recognised by, the outermost first and then
 * those of the messages nested in it; empty when the catalog does not know it (for tests).
 */
export function serverErrorKeysOf(error: OperationError | string): string[] {
  const keys: string[] = [];
  const c = contextFor(ENGLISH.t, (key) => keys.push(key));
  const match = typeof error === 'string' ? translateMessage(error, c) : translateError(error, c);
  return match ? [...new Set([match.key, ...keys])] : [];
}
