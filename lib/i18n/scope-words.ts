// The printable report's scope sentence in the interface language: describeScope's words
// (lib/export/describe-scope.ts) from the messages under report.scope. The exports keep
// describeScope's own English, which the English messages reproduce word for word.
import type { ScopeWords } from '../export/describe-scope';

/** A translator over the full messages (getT() on the server, createTranslator in tests). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- keys are built from typed unions below
type Translate = (key: any, values?: Record<string, string>) => string;

export function scopeWords(t: Translate): ScopeWords {
  return {
    claim: (id) => t('report.scope.claim', { id: String(id) }),
    outlet: (outlet) => t('report.scope.outlet', { outlet }),
    matching: (q) => t('report.scope.matching', { q }),
    topic: (topic) => t('report.scope.topic', { topic }),
    kind: (kind) => t('report.scope.kind', { kind: t(`report.scope.kinds.${kind}`) }),
    contested: t('report.scope.contested'),
    stanceIn: (stance, outlet) => t(`report.scope.stanceIn.${stance}`, { outlet }),
    stanceAny: (stance) => t(`report.scope.stanceAny.${stance}`),
    sort: (sort) => t(`report.scope.sort.${sort}`),
    filtered: (filters) => t('report.scope.filtered', { filters }),
    all: t('report.scope.all'),
    listSeparator: t('report.scope.listSeparator'),
    sentence: (subject, sort, columns) =>
      columns === null ? t('report.scope.sentence', { subject, sort }) : t('report.scope.sentenceColumns', { subject, sort, columns }),
  };
}
