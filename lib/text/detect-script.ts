// Owns telling Traditional from Simplified Chinese text, and the BCP 47 tag a piece of
// Chinese text is shown with (so screen readers pick the right voice and the stylesheet the
// right glyph forms).
//
// Method: count the characters that belong to one script only, and take the majority.
// Which characters those are comes from OpenCC's dictionaries (opencc-js), not a table of
// our own:
//   - Traditional markers: the keys of TSCharacters (Traditional → Simplified) that change;
//   - Simplified markers: the keys of STCharacters (Simplified → Traditional) that change.
// A character is no evidence when OpenCC shows it is also written in the other script: a
// phrase dictionary keeps it unchanged in some word (后 in 皇后, 系 in 系統, 乾 in 乾隆), or
// a Hong Kong / Taiwan variant table gives it as the regional Traditional form (台, 秘, 税).
// Published text mixes scripts a little (BBC's Simplified pages contain 關係 and 宣佈;
// Kanzhongguo's Traditional pages contain 短网址 and 来源), so the decision is a majority
// vote, not "any Traditional character".
//
// The dictionaries are large (STPhrases alone is about 1 MB), so this runs on the server:
// the interface receives each text's tag from the data layer, never this module.
import HKVariants from 'opencc-js/dict/HKVariants';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';

import type { TextLang } from './text-lang';

export type ChineseScript = Exclude<TextLang, 'zh'>;

type Entry = readonly [from: string, to: string];

function entries(dictionary: string): Entry[] {
  return dictionary.split('|').map((entry) => {
    const [from = '', to = ''] = entry.split(' ');
    return [from, to] as const;
  });
}

/** Characters a phrase dictionary keeps as they are inside some word. */
function keptInPhrases(phrases: string): Set<string> {
  const kept = new Set<string>();
  for (const [from, to] of entries(phrases)) {
    const a = Array.from(from);
    const b = Array.from(to);
    if (a.length !== b.length) continue;
    a.forEach((ch, i) => {
      if (ch === b[i]) kept.add(ch);
    });
  }
  return kept;
}

/** Characters a character dictionary changes, less those shown to be shared. */
function markers(characters: string, shared: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const [from, to] of entries(characters)) {
    if (Array.from(from).length === 1 && to !== '' && to !== from && !shared.has(from)) found.add(from);
  }
  return found;
}

type Markers = { traditional: ReadonlySet<string>; simplified: ReadonlySet<string> };
let built: Markers | null = null;

function markerSets(): Markers {
  if (built) return built;
  // Regional Traditional forms (Hong Kong 台 税 户 秘, Taiwan 裡 為 …) are Traditional text too.
  const regional = new Set(
    [...entries(HKVariants), ...entries(TWVariants)].flatMap(([standard, variant]) => [standard, variant]),
  );
  const sharedWithTraditional = new Set([...keptInPhrases(STPhrases), ...regional]);
  const sharedWithSimplified = keptInPhrases(TSPhrases);
  const simplified = markers(STCharacters, sharedWithTraditional);
  const traditional = markers(TSCharacters, sharedWithSimplified);
  // A character both tables change (rare: variant pairs) is evidence for neither.
  for (const ch of traditional) {
    if (simplified.has(ch)) {
      traditional.delete(ch);
      simplified.delete(ch);
    }
  }
  built = { traditional, simplified };
  return built;
}

export type ScriptCounts = { traditional: number; simplified: number };

export function countScriptMarkers(text: string): ScriptCounts {
  const sets = markerSets();
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (sets.traditional.has(ch)) traditional++;
    else if (sets.simplified.has(ch)) simplified++;
  }
  return { traditional, simplified };
}

/**
 * The script the text is written in, or null when it carries no evidence
 * either way (no differing characters, or a tie).
 */
export function detectChineseScript(text: string): ChineseScript | null {
  const { traditional, simplified } = countScriptMarkers(text);
  if (traditional === simplified) return null;
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

/** The BCP 47 tag to show a piece of Chinese text with. */
export function textLang(text: string): TextLang {
  return detectChineseScript(text) ?? 'zh';
}
