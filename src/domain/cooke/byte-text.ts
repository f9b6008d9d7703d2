/**
 * A text file read in place, as the bytes it came in: the same characters decodeText would give
 * (UTF-8 when the bytes are valid UTF-8, else Latin-1), without building the string. Decoding a
 * whole file cost more than reading it (a Latin-1 file a thrown error and a copy); a parser only
 * needs strings for the few ids it keeps and the text of its error messages (`slice`).
 *
 * In both encodings the ASCII characters are their bytes, line ends are the bytes \n and \r, and
 * no byte of a multi-byte UTF-8 character is below 0x80, so a scanner can treat bytes as
 * characters except where white space beyond ASCII is concerned (`spaceLength`).
 */
export class ByteText {
  readonly bytes: Uint8Array;
  /** Whether the bytes are read as UTF-8 (they are valid UTF-8), else as Latin-1. */
  readonly utf8: boolean;
  /** Where the text starts: after a UTF-8 byte-order mark, which decodeText drops too. */
  readonly start: number;

  /** A file's bytes; `utf8` says how to read them when known (else: whether they are valid UTF-8). */
  constructor(bytes: Uint8Array, utf8 = isUtf8(bytes)) {
    this.bytes = bytes;
    this.utf8 = utf8;
    this.start = utf8 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  }

  /** Part of a file's text as a ByteText read as that file is (encoded back into its encoding). */
  static of(text: string, utf8: boolean): ByteText {
    const bytes = utf8 ? new TextEncoder().encode(text) : Uint8Array.from(text, (c) => c.charCodeAt(0));
    return new ByteText(bytes, utf8);
  }

  /**
   * The number of bytes of the white space character (JavaScript's `\s`) at `at`, or 0 when the
   * character there is not white space. `at` is where a character starts, or inside a UTF-8
   * character: its later bytes (0x80–0xBF) never start one, so read as no white space.
   */
  spaceLength(at: number): number {
    const b = this.bytes[at] as number;
    if (b < 0x80) return b === 32 || (b >= 9 && b <= 13) ? 1 : 0;
    if (!this.utf8) return b === 0xa0 ? 1 : 0; // Latin-1: only U+00A0, no-break space
    return unicodeSpaceLength(this.bytes, at, b);
  }

  /** The text of bytes[start..end), which must begin and end on character boundaries. */
  slice(start: number, end: number): string {
    const { bytes } = this;
    let ascii = true;
    for (let i = start; i < end && ascii; i++) ascii = (bytes[i] as number) < 0x80;
    // Short ids are most of what is sliced: fromCharCode beats a decoder's call overhead on them.
    if (ascii || !this.utf8) {
      let text = "";
      for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] as number);
      return text;
    }
    return UTF8.decode(bytes.subarray(start, end));
  }
}

/** Decodes character-aligned slices of valid UTF-8; a U+FEFF at a slice's start is kept, not a mark. */
const UTF8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/**
 * The UTF-8 white space characters beyond ASCII (`\s`: U+00A0, U+1680, U+2000–U+200A, U+2028,
 * U+2029, U+202F, U+205F, U+3000, U+FEFF): the length of the one starting at `at` (lead byte `b`), or 0.
 */
function unicodeSpaceLength(bytes: Uint8Array, at: number, b: number): number {
  if (b === 0xc2) return bytes[at + 1] === 0xa0 ? 2 : 0;
  if (b < 0xe1 || b > 0xef) return 0;
  const b1 = bytes[at + 1];
  const b2 = bytes[at + 2] as number;
  let space = false;
  if (b === 0xe1) space = b1 === 0x9a && b2 === 0x80;
  else if (b === 0xe2 && b1 === 0x80) space = b2 <= 0x8a || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf;
  else if (b === 0xe2) space = b1 === 0x81 && b2 === 0x9f;
  else if (b === 0xe3) space = b1 === 0x80 && b2 === 0x80;
  else if (b === 0xef) space = b1 === 0xbb && b2 === 0xbf;
  return space ? 3 : 0;
}

/**
 * Whether the bytes are UTF-8 that a fatal TextDecoder accepts (the WHATWG decoder: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no sequence cut short). Runs of ASCII are skipped
 * four bytes at a time: a file is mostly ASCII, and byte by byte the check cost as much as decoding.
 */
export function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  // Four-byte words need an aligned offset into the buffer; the bytes before it are read singly.
  const aligned = (4 - (bytes.byteOffset & 3)) & 3;
  const words =
    n > aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset + aligned, (n - aligned) >>> 2) : NO_WORDS;
  let i = 0;
  while (i < n) {
    if (i >= aligned && (i - aligned) % 4 === 0) {
      let w = (i - aligned) >>> 2;
      while (w < words.length && ((words[w] as number) & 0x80808080) === 0) w++;
      i = aligned + 4 * w;
      if (i >= n) break;
    }
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i, n);
    if (length === 0) return false;
    i += length;
  }
  return true;
}

const NO_WORDS = new Uint32Array(0);

/** The length of the valid multi-byte UTF-8 sequence at `at` (lead byte ≥ 0x80), or 0 if invalid. */
function sequenceLength(bytes: Uint8Array, at: number, n: number): number {
  const b = bytes[at] as number;
  // The second byte's range narrows after E0, ED, F0 and F4 (overlong forms, surrogates, > U+10FFFF).
  let length = 0;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    else if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    else if (b === 0xf4) high = 0x8f;
  } else return 0;
  if (at + length > n) return 0;
  const b1 = bytes[at + 1] as number;
  if (b1 < low || b1 > high) return 0;
  for (let k = 2; k < length; k++) {
    const c = bytes[at + k] as number;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return length;
}
