// A worker thread of computePassageRows: segments the article texts it is sent into passage-index rows.
import { parentPort } from 'node:worker_threads';
import { indexArticleText } from '../../finder/index-article';

parentPort!.on('message', (texts: string[]) => {
  parentPort!.postMessage(texts.map((text) => indexArticleText(text)));
});
