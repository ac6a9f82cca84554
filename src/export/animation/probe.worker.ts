// Asks the encoders from a worker: the first VideoEncoder.isConfigSupported of a page opens the media
// stack's GPU channel synchronously, which held the page's main thread for 130 ms to over a second
// (the frame in which the observed record arrived). The encoder itself runs in a worker too.
import { probeCapabilities } from './support';

self.onmessage = (e: MessageEvent<{ width: number; height: number }>) => {
  void probeCapabilities(e.data.width, e.data.height).then((c) => (self as unknown as Worker).postMessage(c));
};
