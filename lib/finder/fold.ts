// The finder folds text exactly as search does (lib/text): Traditional to Simplified
// (opencc-js), full-width to half-width (NFKC) and lower case, one code point for one, so a
// span found in folded text is the same span in the stored text.
export { foldAligned as foldText } from '../text/fold-aligned';
