// The encoder, off the main thread. WebM and MP4: WebCodecs' VideoEncoder through mediabunny, which
// also muxes the container (pure TypeScript, no WebAssembly, so the CSP needs no wasm-unsafe-eval).
// GIF: gifenc, with the one fixed palette of palette.ts (exact theme colours in every frame). Each
// frame is encoded as it arrives and then released; the file grows, the frames are not kept.
import { BufferTarget, canEncodeVideo, Mp4OutputFormat, Output, QUALITY_HIGH, VideoSample, VideoSampleSource, WebMOutputFormat } from 'mediabunny';
import { GIFEncoder, type GifEncoderInstance } from 'gifenc';
import { gifPalette, PaletteMapper, UNCHANGED_INDEX } from './palette';
import type { FromWorker, ToWorker } from './protocol';
import type { VideoCodecName } from './support';
import type { ResolvedTheme } from '../../symbols/palettes';

interface Sink {
  add(bitmap: ImageBitmap, timestampMs: number, durationMs: number): Promise<void>;
  finish(): Promise<{ bytes: ArrayBuffer; mime: string }>;
}

const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

async function videoSink(format: 'webm' | 'mp4', codecs: readonly VideoCodecName[], width: number, height: number): Promise<{ sink: Sink; codec: VideoCodecName }> {
  let codec: VideoCodecName | undefined;
  for (const c of codecs) {
    if (await canEncodeVideo(c, { width, height, bitrate: QUALITY_HIGH })) {
      codec = c;
      break;
    }
  }
  if (!codec) throw new Error(`no encoder for ${codecs.join('/')} at ${width}×${height}`);
  const target = new BufferTarget();
  const output = new Output({ format: format === 'webm' ? new WebMOutputFormat() : new Mp4OutputFormat({ fastStart: 'in-memory' }), target });
  const source = new VideoSampleSource({ codec, bitrate: QUALITY_HIGH, keyFrameInterval: 5 });
  output.addVideoTrack(source);
  await output.start();
  return {
    codec,
    sink: {
      async add(bitmap, timestampMs, durationMs) {
        const frame = new VideoFrame(bitmap, { timestamp: Math.round(timestampMs * 1000), duration: Math.round(durationMs * 1000) });
        bitmap.close();
        const sample = new VideoSample(frame);
        try {
          await source.add(sample);
        } finally {
          sample.close();
        }
      },
      async finish() {
        source.close();
        await output.finalize();
        const bytes = target.buffer;
        if (!bytes) throw new Error('the muxer wrote no file');
        return { bytes, mime: format === 'webm' ? 'video/webm' : 'video/mp4' };
      },
    },
  };
}

function gifSink(width: number, height: number, theme: ResolvedTheme): Sink {
  const colours = gifPalette(theme);
  const palette = colours.map((c) => [...c]);
  const mapper = new PaletteMapper(colours.slice(0, UNCHANGED_INDEX));
  const gif: GifEncoderInstance = GIFEncoder();
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in the worker');
  const index = new Uint8Array(width * height);
  const previous = new Uint8Array(width * height);
  const delta = new Uint8Array(width * height);
  let first = true;
  return {
    async add(bitmap, _timestampMs, durationMs) {
      ctx.drawImage(bitmap, 0, 0);
      bitmap.close();
      mapper.map(ctx.getImageData(0, 0, width, height).data, index);
      if (first) {
        gif.writeFrame(index, width, height, { palette, delay: durationMs, repeat: 0, dispose: 1 });
      } else {
        // Pixels as in the previous frame are left transparent (kept from it: disposal 1).
        for (let i = 0; i < index.length; i++) delta[i] = index[i] === previous[i] ? UNCHANGED_INDEX : index[i]!;
        gif.writeFrame(delta, width, height, { delay: durationMs, transparent: true, transparentIndex: UNCHANGED_INDEX, dispose: 1 });
      }
      previous.set(index);
      first = false;
    },
    async finish() {
      gif.finish();
      const view = gif.bytesView();
      return { bytes: view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer, mime: 'image/gif' };
    },
  };
}

let sink: Sink | null = null;
let failed = false;
// Messages are handled one after another, in order, even though each step is asynchronous.
let queue: Promise<void> = Promise.resolve();

function fail(e: unknown) {
  if (failed) return;
  failed = true;
  post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  queue = queue.then(async () => {
    if (failed) {
      if (m.type === 'frame') m.bitmap.close();
      return;
    }
    try {
      if (m.type === 'start') {
        if (m.format === 'gif') {
          sink = gifSink(m.width, m.height, m.theme);
          post({ type: 'started', codec: 'gif' });
        } else {
          const v = await videoSink(m.format, m.codecs, m.width, m.height);
          sink = v.sink;
          post({ type: 'started', codec: v.codec });
        }
      } else if (m.type === 'frame') {
        if (!sink) throw new Error('frame before start');
        await sink.add(m.bitmap, m.timestampMs, m.durationMs);
        post({ type: 'taken', index: m.index });
      } else if (m.type === 'finish') {
        if (!sink) throw new Error('finish before start');
        const r = await sink.finish();
        post({ type: 'done', bytes: r.bytes, mime: r.mime }, [r.bytes]);
      }
    } catch (e) {
      fail(e);
    }
  });
};
