// What claim search matches against: the claim and its English gloss, folded.
import { foldForSearch } from '../text/fold-for-search';

export function claimSearchText(claim: { text: string; gloss?: string | null }): string {
  return foldForSearch([claim.text, claim.gloss ?? ''].join(' '));
}
