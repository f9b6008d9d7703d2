/**
 * Decodes a text file as UTF-8, or, when the bytes are not valid UTF-8, as ISO-8859-1 (Latin-1),
 * which maps every byte to the code point of the same value. Older EXCALIBUR files from the TU
 * Delft database are Latin-1; newer copies are UTF-8. A UTF-8 byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Each byte as one UTF-16 code unit of the same value (little-endian pairs [byte, 0]), decoded in one
    // call. Not TextDecoder("latin1"): that label means windows-1252, which remaps 0x80–0x9F.
    const units = new Uint8Array(bytes.length * 2);
    for (let i = 0; i < bytes.length; i++) units[2 * i] = bytes[i] as number;
    return new TextDecoder("utf-16le").decode(units);
  }
}
