// Messages between the page and the encoder worker. The page sends one frame at a time as an
// ImageBitmap (transferred, not copied) and waits for `taken` before sending more than two, so at
// most two frames are ever kept: memory stays flat however long the animation is.
import type { AnimFormat } from './frames';
import type { VideoCodecName } from './support';
import type { ResolvedTheme } from '../../symbols/palettes';

export type ToWorker =
  | { type: 'start'; format: AnimFormat; codecs: readonly VideoCodecName[]; width: number; height: number; fps: number; theme: ResolvedTheme }
  | { type: 'frame'; index: number; bitmap: ImageBitmap; timestampMs: number; durationMs: number }
  | { type: 'finish' };

export type FromWorker =
  | { type: 'started'; codec: VideoCodecName | 'gif' }
  | { type: 'taken'; index: number }
  | { type: 'done'; bytes: ArrayBuffer; mime: string }
  | { type: 'error'; message: string };
