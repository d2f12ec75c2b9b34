// The import checker's thread: unzipping and checking a .folio file can take seconds and a hostile
// one is built to take longer, so none of it ever runs on the page's thread.
// zod checks the file's data here too: set its no-eval mode first, as the page and the PDF worker do.
import '../../domain/zod-jitless';
import { isDecodeRequest } from './import-protocol';
import { handleDecodeRequest } from './import-worker-handler';

self.onmessage = (event: MessageEvent) => {
  const request: unknown = event.data;
  if (!isDecodeRequest(request)) return;
  void handleDecodeRequest(request, (reply, transfer) => self.postMessage(reply, { transfer }));
};
