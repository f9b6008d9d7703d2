/**
 * Decodes a text file as UTF-8, or, when the bytes are not valid UTF-8, as ISO-8859-1 (Latin-1),
 * which maps every byte to the code point of the same value. Older EXCALIBUR files from the TU
 * Delft database are Latin-1; newer copies are UTF-8. A UTF-8 byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let text = "";
    const CHUNK = 8192;
    for (let i = 0; i < bytes.length; i += CHUNK)
      text += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + CHUNK)));
    return text;
  }
}
