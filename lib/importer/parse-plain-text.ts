// Owns extracting an article from plain text as saved from a news page:
//
//   Title line
//   (blank)
//   作者:鄭凱義 發表:2024-07-04 17:33          labelled header line(s)
//   手機版 简体 打賞 26個留言 列印 特大          toolbar
//   普京 習近平                                tag line
//   資料圖:…(圖片來源:Getty Images)            image caption (kept)
//   (blank)
//   【看中國2024年7月4日訊】…                   body: one paragraph per line
//   …
//   来源:看中國                                attribution: opens the tail
//   短网址: 版權所有…  【誠徵榮譽會員】…  評論 …   tail: dropped
//
// Every non-empty line is a paragraph: news sites do not hard-wrap Chinese
// text, and the header and caption lines are separate lines without blank
// lines between them. (Hard-wrapped plain text would come out one paragraph per
// line; no source we import is written that way.)
import { decodeEntities } from '../text/decode-entities';
import { normalizeParagraph } from '../text/normalize-body';
import { TEXT_TAIL_START, isTagLine, isToolbarLine } from './boilerplate';
import { addParagraph, addTitle, emptyExtraction, type Extraction } from './extraction';

/** A paragraph at least this long (code points) ends the header area. */
const MIN_BODY_PARAGRAPH = 40;

export function parsePlainText(source: string): Extraction {
  const ex = emptyExtraction('text');
  const lines = decodeEntities(source)
    .split(/\r\n|\r|\n/)
    .map(normalizeParagraph)
    .filter((l) => l !== '');

  const [title, ...rest] = lines;
  if (title === undefined) return ex;
  addTitle(ex, title, 'first-line');

  let inHeader = true;
  for (const [i, line] of rest.entries()) {
    if (ex.paragraphs.length > 0 && TEXT_TAIL_START.some((re) => re.test(line))) {
      // The tail starts here; its first line may still name the publisher.
      addParagraph(ex, line);
      for (const tail of rest.slice(i + 1)) ex.dropped.push({ text: tail, rule: 'tail' });
      break;
    }
    if (inHeader && [...line].length >= MIN_BODY_PARAGRAPH) inHeader = false;
    if (inHeader && !isToolbarLine(line) && isTagLine(line)) {
      ex.dropped.push({ text: line, rule: 'tag-line' });
      continue;
    }
    addParagraph(ex, line);
  }
  return ex;
}
