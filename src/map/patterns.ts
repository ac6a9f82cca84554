// Pattern and marker bitmaps drawn at runtime, so the style needs no sprite server.
import { THEME } from '../symbols/theme';

export const PIXEL_RATIO = 2;

type Draw = (ctx: CanvasRenderingContext2D, s: number) => void;

function bitmap(size: number, draw: Draw): ImageData {
  const px = size * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  // willReadFrequently: a CPU canvas, so getImageData needs no GPU readback (~1 s in all with SwiftShader).
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  draw(ctx, size);
  return ctx.getImageData(0, 0, px, px);
}

function diamond(ctx: CanvasRenderingContext2D, s: number) {
  const c = s / 2;
  const r = s / 2 - 2;
  ctx.beginPath();
  ctx.moveTo(c, c - r);
  ctx.lineTo(c + r, c);
  ctx.lineTo(c, c + r);
  ctx.lineTo(c - r, c);
  ctx.closePath();
}

export const IMAGES: Record<string, () => ImageData> = {
  // Annexation claim: diagonal hatch; tiles seamlessly at 8 px.
  'hatch-annex': () =>
    bitmap(8, (ctx, s) => {
      ctx.strokeStyle = THEME.hatch;
      ctx.lineWidth = 1.2;
      ctx.beginPath();
      for (const o of [-s, 0, s]) {
        ctx.moveTo(o, s);
        ctx.lineTo(o + s, 0);
      }
      ctx.stroke();
    }),
  // Buffer zone: dots, distinct from the hatch even in greyscale.
  'dots-zone': () =>
    bitmap(6, (ctx) => {
      ctx.fillStyle = THEME.zone;
      ctx.beginPath();
      ctx.arc(3, 3, 1.1, 0, Math.PI * 2);
      ctx.fill();
    }),
  // Capture claimed: solid diamond.
  'pt-claimed': () =>
    bitmap(22, (ctx, s) => {
      diamond(ctx, s);
      ctx.fillStyle = THEME.point.claimed;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#fff';
      ctx.stroke();
    }),
  // Disputed: half-filled diamond.
  'pt-disputed': () =>
    bitmap(22, (ctx, s) => {
      diamond(ctx, s);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.save();
      ctx.clip();
      ctx.fillStyle = THEME.point.disputed;
      ctx.fillRect(0, 0, s / 2, s);
      ctx.restore();
      diamond(ctx, s);
      ctx.lineWidth = 2;
      ctx.strokeStyle = THEME.point.disputed;
      ctx.stroke();
    }),
  // Denied: hollow diamond crossed by a slash.
  'pt-denied': () =>
    bitmap(22, (ctx, s) => {
      diamond(ctx, s);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = THEME.point.denied;
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(5, s - 5);
      ctx.lineTo(s - 5, 5);
      ctx.stroke();
    }),
  // Troop concentration: two chevrons pointing up, on a white disc.
  troops: () =>
    bitmap(24, (ctx, s) => {
      ctx.fillStyle = '#fff';
      ctx.beginPath();
      ctx.arc(s / 2, s / 2, s / 2 - 1, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = THEME.troops;
      ctx.lineWidth = 1.5;
      ctx.stroke();
      ctx.lineWidth = 2.2;
      for (const y of [10, 15]) {
        ctx.beginPath();
        ctx.moveTo(6, y + 3);
        ctx.lineTo(s / 2, y - 3);
        ctx.lineTo(s - 6, y + 3);
        ctx.stroke();
      }
    }),
};
