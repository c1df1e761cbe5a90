// One thread of the raw tokenizer's parallel measurement: loads nodejieba, says it is ready,
// cuts its share of the texts when told to, and says when it is done. Plain JavaScript, so
// that no loader's work is counted in the thread.
import { parentPort, workerData } from 'node:worker_threads';
import nodejieba from 'nodejieba';

nodejieba.load({ userDict: workerData.userDictionary });
parentPort.once('message', () => {
  for (const text of workerData.texts) nodejieba.cut(text);
  parentPort.postMessage('done');
});
parentPort.postMessage('ready');
