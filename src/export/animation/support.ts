// Which animation formats this browser can make. WebM and MP4 need WebCodecs' VideoEncoder with a
// codec the container holds (WebM: VP9, VP8 or AV1; MP4: H.264, then VP9 or AV1, which MP4 also
// carries); GIF needs a Worker with OffscreenCanvas. The probe asks VideoEncoder.isConfigSupported
// at the largest frame size offered; the pure part turns the answers into offers and reasons.
import type { AnimFormat } from './frames';

export type VideoCodecName = 'avc' | 'vp9' | 'vp8' | 'av1';

/** Codecs each video container is tried with, in order of preference. */
export const CONTAINER_CODECS: Record<Exclude<AnimFormat, 'gif'>, readonly VideoCodecName[]> = {
  webm: ['vp9', 'vp8', 'av1'],
  mp4: ['avc', 'vp9', 'av1'],
};

/** WebCodecs codec strings that hold a 1920×1080 frame (H.264 High level 4.0, VP9 level 4.0, AV1 level 4.0). */
export const PROBE_CODECS: Record<VideoCodecName, string> = {
  avc: 'avc1.640028',
  vp9: 'vp09.00.40.08',
  vp8: 'vp8',
  av1: 'av01.0.08M.08',
};

export const CODEC_NAMES: Record<VideoCodecName, string> = { avc: 'H.264', vp9: 'VP9', vp8: 'VP8', av1: 'AV1' };

export interface Capabilities {
  videoEncoder: boolean;
  worker: boolean;
  codecs: Partial<Record<VideoCodecName, boolean>>;
}

export type Offer = { format: AnimFormat; ok: true; codec?: VideoCodecName } | { format: AnimFormat; ok: false; reason: 'noWebCodecs' | 'noCodec' | 'noWorker'; codecs?: string };

export function offers(c: Capabilities): Offer[] {
  const video = (format: 'webm' | 'mp4'): Offer => {
    if (!c.worker) return { format, ok: false, reason: 'noWorker' };
    if (!c.videoEncoder) return { format, ok: false, reason: 'noWebCodecs' };
    const codec = CONTAINER_CODECS[format].find((k) => c.codecs[k]);
    return codec ? { format, ok: true, codec } : { format, ok: false, reason: 'noCodec', codecs: CONTAINER_CODECS[format].map((k) => CODEC_NAMES[k]).join(', ') };
  };
  return [video('webm'), video('mp4'), c.worker ? { format: 'gif', ok: true } : { format: 'gif', ok: false, reason: 'noWorker' }];
}

/** Asks this browser. Never throws: a failing probe counts as "not supported". */
export async function probeCapabilities(width = 1920, height = 1080): Promise<Capabilities> {
  const worker = typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function';
  const videoEncoder = typeof VideoEncoder === 'function' && typeof VideoFrame === 'function';
  const codecs: Capabilities['codecs'] = {};
  if (videoEncoder) {
    await Promise.all(
      (Object.keys(PROBE_CODECS) as VideoCodecName[]).map(async (k) => {
        try {
          const r = await VideoEncoder.isConfigSupported({ codec: PROBE_CODECS[k], width, height, bitrate: 4_000_000, framerate: 30 });
          codecs[k] = r.supported === true;
        } catch {
          codecs[k] = false;
        }
      }),
    );
  }
  return { videoEncoder, worker, codecs };
}

/**
 * probeCapabilities in a worker, where the encoders run (the export's encoder worker), so the probe
 * never holds up the page; in this thread when workers are missing or the worker fails.
 */
export function probeCapabilitiesOffThread(width = 1920, height = 1080): Promise<Capabilities> {
  const worker = typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function';
  if (!worker) return probeCapabilities(width, height);
  return new Promise<Capabilities>((resolve) => {
    let w: Worker;
    const fallback = () => {
      w?.terminate();
      resolve(probeCapabilities(width, height));
    };
    try {
      w = new Worker(new URL('./probe.worker.ts', import.meta.url), { type: 'module', name: 'animation-probe' });
    } catch {
      fallback();
      return;
    }
    w.onmessage = (e: MessageEvent<Capabilities>) => {
      w.terminate();
      // `worker` is this thread's answer: the frames are drawn here and handed to the encoder worker
      resolve({ ...e.data, worker });
    };
    w.onerror = fallback;
    w.postMessage({ width, height });
  });
}
