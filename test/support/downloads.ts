// Reading what the page offers for download, without saving a file.

/** A file the page offered for download. */
export interface Download {
  type: string;
  /** The content as UTF-8 text (a leading byte order mark is not part of it). */
  text: string;
  /** The content exactly as offered. */
  bytes: Uint8Array;
}

/**
 * Keeps every Blob that the page turns into an object URL (which is how the
 * exports offer a file), so its content can be read. `restore()` puts the
 * browser's own function back.
 */
export function captureDownloads(): { blobs: Blob[]; take(): Promise<Download>; restore(): void } {
  const original = URL.createObjectURL;
  const blobs: Blob[] = [];
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original.call(URL, object);
  };
  return {
    blobs,
    /** The next download not taken yet. */
    async take() {
      const blob = blobs.shift();
      if (!blob) throw new Error('nothing was offered for download');
      return { type: blob.type, text: await blob.text(), bytes: new Uint8Array(await blob.arrayBuffer()) };
    },
    restore() {
      URL.createObjectURL = original;
    },
  };
}
