// Makes an animation: the frame dates of the range, every frame the export figure of its date
// (figure.ts, render.ts), handed one by one to the encoder worker as it is captured, and the file
// saved at the end. Cancelling (the AbortSignal) stops before the next frame and saves nothing.
// Loaded on first use, like the other exporters.
import type * as maplibregl from 'maplibre-gl';
import type { Lang } from '../../i18n/format';
import type { ResolvedTheme } from '../../symbols/palettes';
import type { AppData } from '../../state/load';
import { saveBlob } from '../download';
import { canvasMeasure, loadFigureFonts } from '../measure';
import { frameLayout, frameText, planFrames, type FramePlan } from './figure';
import { animationFileName, frameDates, frameDurations, type AnimFormat, type AnimSize, type Step } from './frames';
import type { FromWorker, ToWorker } from './protocol';
import { FrameRenderer } from './render';
import { CONTAINER_CODECS, type VideoCodecName } from './support';

export interface AnimationRequest {
  from: string;
  to: string;
  step: Step;
  format: AnimFormat;
  size: AnimSize;
  fps: number;
  /** Extra time on the last frame, in seconds. */
  holdSeconds: number;
  lang: Lang;
  /** The page's theme: the frames' map, legend and page, and the GIF palette. */
  theme: ResolvedTheme;
  /** A pinned view's day, said in every frame's credits; null or absent: live. */
  asOf?: string | null;
}

export interface AnimationProgress {
  done: number;
  total: number;
  /** Estimated milliseconds left, from the mean time per frame so far (null before the first). */
  leftMs: number | null;
}

export interface AnimationResult {
  fileName: string;
  blob: Blob;
  frames: number;
  width: number;
  height: number;
  codec: VideoCodecName | 'gif';
  /** Where the date stamp is, in device pixels (the larger of the first and last frames' boxes). */
  dateBox: { x: number; y: number; w: number; h: number };
  /** Milliseconds to draw and capture each frame (map idle + grab + compose + bitmap). */
  captureMs: number[];
}

/** Frames handed to the worker and not yet taken; more waits (memory stays flat). */
const IN_FLIGHT = 2;
const MEASURE = 'territorial-map:anim-frame';
const MEASURE_SETUP = 'territorial-map:anim-setup';
const MEASURE_TOTAL = 'territorial-map:anim-total';

export class AnimationCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AnimationCancelled';
  }
}

function encoderWorker(): Worker {
  return new Worker(new URL('./encoder.worker.ts', import.meta.url), { type: 'module', name: 'animation-encoder' });
}

export async function exportAnimation(
  map: maplibregl.Map,
  data: AppData,
  req: AnimationRequest,
  hooks: { signal?: AbortSignal; onProgress?: (p: AnimationProgress) => void; onPlan?: (p: FramePlan) => void; save?: boolean } = {},
): Promise<AnimationResult> {
  const { signal, onProgress } = hooks;
  const begin = performance.now();
  const check = () => {
    if (signal?.aborted) throw new AnimationCancelled();
  };
  const dates = frameDates(req.from, req.to, req.step);
  const durations = frameDurations(dates.length, req.fps, req.holdSeconds * 1000);
  onProgress?.({ done: 0, total: dates.length, leftMs: null });
  await loadFigureFonts();
  check();
  const measure = canvasMeasure();
  const texts = dates.map((d) => frameText(data.dataset, data.observed, d, req.lang, req.asOf ?? null));
  const el = map.getContainer();
  const plan = planFrames(texts, req.size, { width: el.clientWidth, height: el.clientHeight }, measure, req.theme);
  hooks.onPlan?.(plan);

  const worker = encoderWorker();
  let renderer: FrameRenderer | null = null;
  // Everything the worker says arrives here; waits are resolved from it, and a failure or a
  // cancel rejects whichever wait is pending.
  let failure: Error | null = null;
  let taken = -1;
  let started: VideoCodecName | 'gif' | null = null;
  let done: { bytes: ArrayBuffer; mime: string } | null = null;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const until = async (ready: () => boolean) => {
    while (!ready()) {
      if (failure) throw failure;
      check();
      await new Promise<void>((r) => (wake = r));
    }
    if (failure) throw failure;
  };
  const onAbort = () => poke();
  signal?.addEventListener('abort', onAbort);
  worker.onmessage = (ev: MessageEvent<FromWorker>) => {
    const m = ev.data;
    if (m.type === 'started') started = m.codec;
    else if (m.type === 'taken') taken = m.index;
    else if (m.type === 'done') done = m;
    else if (m.type === 'error') failure = new Error(m.message);
    poke();
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    failure = new Error(ev.message || 'the encoder could not start');
    poke();
  };
  const send = (m: ToWorker, transfer: Transferable[] = []) => worker.postMessage(m, transfer);

  try {
    send({ type: 'start', format: req.format, codecs: req.format === 'gif' ? [] : CONTAINER_CODECS[req.format], width: plan.width, height: plan.height, fps: req.fps, theme: req.theme });
    renderer = await FrameRenderer.create(map, data, plan, measure, { lang: req.lang, theme: req.theme });
    await until(() => started !== null);
    performance.measure(MEASURE_SETUP, { start: begin, end: performance.now() });
    const captureMs: number[] = [];
    const t0 = performance.now();
    let timestamp = 0;
    for (let i = 0; i < dates.length; i++) {
      check();
      const start = performance.now();
      const canvas = await renderer.frame(dates[i]!, texts[i]!);
      const bitmap = await createImageBitmap(canvas);
      const end = performance.now();
      captureMs.push(end - start);
      performance.measure(MEASURE, { start, end, detail: { date: dates[i], width: plan.width, height: plan.height } });
      await until(() => taken >= i - IN_FLIGHT);
      check();
      send({ type: 'frame', index: i, bitmap, timestampMs: timestamp, durationMs: durations[i]! }, [bitmap]);
      timestamp += durations[i]!;
      const perFrame = (performance.now() - t0) / (i + 1);
      onProgress?.({ done: i + 1, total: dates.length, leftMs: perFrame * (dates.length - i - 1) });
    }
    send({ type: 'finish' });
    await until(() => done !== null);
    check();
    performance.measure(MEASURE_TOTAL, { start: begin, end: performance.now(), detail: { frames: dates.length, format: req.format } });
    const out = done as unknown as { bytes: ArrayBuffer; mime: string };
    const blob = new Blob([out.bytes], { type: out.mime });
    const fileName = animationFileName(req.from, req.to, req.step, req.format);
    if (hooks.save !== false) saveBlob(blob, fileName);
    const boxes = [texts[0]!, texts.at(-1)!].map((t) => frameLayout(t, plan, measure, req.theme).dateBox);
    const k = plan.scale;
    const dateBox = { x: Math.floor(boxes[0]!.x * k), y: Math.floor(boxes[0]!.y * k), w: Math.ceil(Math.max(...boxes.map((b) => b.w)) * k), h: Math.ceil(boxes[0]!.h * k) };
    return { fileName, blob, frames: dates.length, width: plan.width, height: plan.height, codec: started!, dateBox, captureMs };
  } finally {
    signal?.removeEventListener('abort', onAbort);
    worker.terminate();
    renderer?.destroy();
  }
}
