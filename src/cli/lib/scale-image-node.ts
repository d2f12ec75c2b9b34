import sharp from 'sharp';
import { IMAGE_LIMITS, type ImageScaler } from '../../pdf';

/**
 * The PDF's image scaler in Node, built on sharp (libvips): decode, turn upright by EXIF, resize to
 * the print size, encode. sharp keeps no metadata by default, so the copy carries no orientation.
 */
export const scaleImageNode: ImageScaler = async (bytes, _info, target) => {
  // The header was checked already; this stops a file whose header lied from decoding more.
  let pipeline = sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error' })
    .autoOrient()
    .resize(target.width, target.height, { fit: 'fill' });
  pipeline =
    target.format === 'png'
      ? pipeline.png()
      : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: Math.round(target.quality * 100), chromaSubsampling: '4:2:0' });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, format: target.format };
};
