import type { WorkMeter } from '../../domain/work-meter';
import { throwIfAborted } from './abort';
import { readImageInfo, type ImageInfo } from '../model/image-info';
import { oversizeNote } from '../model/image-limits';
import type { EvidenceSection, FileEntry, ImageEntry, PdfModel } from '../model/types';
import { printCopyKey, printTarget, type ImageScaler, type PrintCopy, type PrintCopyCache, type PrintTarget } from './print-copy';

export interface PrepareImagesDeps {
  scaleImage?: ImageScaler;
  printCopies?: PrintCopyCache;
  meter?: WorkMeter;
  signal?: AbortSignal;
}

export interface PreparedImages {
  /** The model with each scaled picture's info replaced by its print copy's (upright, smaller). */
  model: PdfModel;
  /** Print copy bytes by the photo's SHA-256: drawn instead of the stored file. */
  copies: Map<string, Uint8Array>;
}

/** Does a print copy (from the scaler or the cache) really hold what was asked for? */
function matches(copy: { bytes: Uint8Array; width: number; height: number; format: string }, target: PrintTarget): boolean {
  const info = readImageInfo(copy.bytes);
  return (
    info !== undefined &&
    info.format === target.format &&
    info.orientation === 1 &&
    info.width === copy.width &&
    info.height === copy.height &&
    Math.abs(info.width - target.width) <= 1 &&
    Math.abs(info.height - target.height) <= 1 &&
    oversizeNote(info) === undefined
  );
}

/**
 * Swaps every large picture for a print copy before the layout: from the cache when it has one,
 * otherwise made by the scaler (and cached). Without a scaler pictures print as stored. A picture
 * the scaler cannot handle is listed as a file with a note; the export goes on.
 */
export async function prepareImages(model: PdfModel, attachmentBytes: ReadonlyMap<string, Uint8Array>, deps: PrepareImagesDeps): Promise<PreparedImages> {
  const copies = new Map<string, Uint8Array>();
  const failed = new Set<string>();
  const { scaleImage, printCopies, meter, signal } = deps;
  if (!scaleImage) return { model, copies };

  const printCopyOf = async (entry: ImageEntry, target: PrintTarget): Promise<PrintCopy | undefined> => {
    const key = printCopyKey(entry.sha256, target);
    const cached = await printCopies?.get(key);
    if (cached && matches(cached, target)) return cached;
    const bytes = attachmentBytes.get(entry.attachmentId);
    if (!bytes) return undefined;
    if (meter) meter.decodedPixels += entry.info.width * entry.info.height;
    try {
      const scaled = await scaleImage(bytes, entry.info, target);
      if (!matches(scaled, target)) return undefined;
      const copy: PrintCopy = { key, sha256: entry.sha256, bytes: scaled.bytes, width: scaled.width, height: scaled.height, format: scaled.format };
      await printCopies?.set(copy);
      return copy;
    } catch {
      return undefined;
    }
  };

  const infos = new Map<string, ImageInfo>();
  for (const item of model.evidence.items) {
    for (const entry of item.images) {
      const target = printTarget(entry.info);
      if (!target || infos.has(entry.sha256) || failed.has(entry.sha256)) continue;
      throwIfAborted(signal);
      const copy = await printCopyOf(entry, target);
      if (!copy) {
        failed.add(entry.sha256);
        continue;
      }
      copies.set(entry.sha256, copy.bytes);
      infos.set(entry.sha256, { format: copy.format, width: copy.width, height: copy.height, orientation: 1 });
    }
  }
  if (infos.size === 0 && failed.size === 0) return { model, copies };

  const items = model.evidence.items.map((item): EvidenceSection => {
    const images: ImageEntry[] = [];
    const files: FileEntry[] = [...item.files];
    for (const entry of item.images) {
      const info = infos.get(entry.sha256);
      if (failed.has(entry.sha256)) files.push(entry.unprintable);
      else images.push(info ? { ...entry, info } : entry);
    }
    return { ...item, images, files };
  });
  return { model: { ...model, evidence: { ...model.evidence, items } }, copies };
}

