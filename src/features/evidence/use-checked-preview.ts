import { useEffect, useState } from 'react';
import { PREVIEW_HEAD_BYTES, previewTypeOf } from '../../domain/attachments';

/**
 * A copy of the blob typed as the image its own first bytes show, or undefined when they show none.
 * The stored type is not trusted for this: a file saved before the attachment rules checked bytes
 * may carry any type, and only checked bytes are handed to the browser as an image.
 */
export function useCheckedPreview(blob: Blob | undefined): Blob | undefined {
  const [preview, setPreview] = useState<Blob>();
  useEffect(() => {
    if (!blob) return;
    let live = true;
    void blob
      .slice(0, PREVIEW_HEAD_BYTES)
      .arrayBuffer()
      .then((head) => {
        const type = previewTypeOf(new Uint8Array(head));
        if (live) setPreview(type ? blob.slice(0, blob.size, type) : undefined);
      })
      .catch(() => {
        if (live) setPreview(undefined);
      });
    return () => {
      live = false;
      setPreview(undefined);
    };
  }, [blob]);
  return preview;
}
