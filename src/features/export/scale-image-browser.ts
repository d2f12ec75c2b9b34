import type { ImageScaler } from '../../pdf';

/** Whether this thread has what the scaler needs; without it large photos are listed as files. */
export function canScaleImages(): boolean {
  return typeof createImageBitmap === 'function' && typeof OffscreenCanvas === 'function';
}

/**
 * The PDF's image scaler in a browser or worker, with the platform's own decoder: createImageBitmap
 * turns the photo upright (EXIF) and resizes it, an OffscreenCanvas encodes the print copy.
 * Anything missing or failing rejects, and the renderer lists that photo as a file instead.
 */
export const scaleImageBrowser: ImageScaler = async (bytes, info, target) => {
  if (!canScaleImages()) throw new Error('This browser cannot scale images in the background.');
  const source = new Blob([bytes.slice()], { type: `image/${info.format}` });
  const bitmap = await createImageBitmap(source, {
    imageOrientation: 'from-image',
    resizeWidth: target.width,
    resizeHeight: target.height,
    resizeQuality: 'high',
  });
  try {
    // The size is asked for after the turn; a browser that resized before turning is caught here.
    if (bitmap.width !== target.width || bitmap.height !== target.height) {
      throw new Error(`The scaled picture came out ${bitmap.width} × ${bitmap.height}, not ${target.width} × ${target.height}.`);
    }
    const canvas = new OffscreenCanvas(target.width, target.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the print copy on.');
    if (target.format === 'jpeg') {
      // JPEG has no transparency: clear areas print white, not black.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, target.width, target.height);
    }
    context.drawImage(bitmap, 0, 0);
    const encoded = await canvas.convertToBlob({ type: `image/${target.format}`, quality: target.quality });
    return { bytes: new Uint8Array(await encoded.arrayBuffer()), width: target.width, height: target.height, format: target.format };
  } finally {
    bitmap.close();
  }
};
