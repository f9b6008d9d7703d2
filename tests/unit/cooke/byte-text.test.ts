import { describe, expect, it } from "vitest";
import { ByteText, isUtf8 } from "../../../src/domain/cooke/byte-text.js";
import { decodeText } from "../../../src/domain/cooke/index.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const fatal = new TextDecoder("utf-8", { fatal: true });
const decodes = (b: Uint8Array) => {
  try {
    fatal.decode(b);
    return true;
  } catch {
    return false;
  }
};

describe("isUtf8", () => {
  // The WHATWG decoder's edge cases: overlong forms, surrogates, beyond U+10FFFF, cut-short sequences.
  const cases: [string, Uint8Array][] = [
    ["ASCII", bytes(0x41, 0x0a, 0x7f)],
    ["é", bytes(0xc3, 0xa9)],
    ["overlong 2-byte", bytes(0xc1, 0xbf)],
    ["lowest 3-byte", bytes(0xe0, 0xa0, 0x80)],
    ["overlong 3-byte", bytes(0xe0, 0x9f, 0xbf)],
    ["last before surrogates", bytes(0xed, 0x9f, 0xbf)],
    ["a surrogate", bytes(0xed, 0xa0, 0x80)],
    ["U+FEFF", bytes(0xef, 0xbb, 0xbf)],
    ["lowest 4-byte", bytes(0xf0, 0x90, 0x80, 0x80)],
    ["overlong 4-byte", bytes(0xf0, 0x8f, 0xbf, 0xbf)],
    ["U+10FFFF", bytes(0xf4, 0x8f, 0xbf, 0xbf)],
    ["beyond U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80)],
    ["F5", bytes(0xf5, 0x80, 0x80, 0x80)],
    ["cut short", bytes(0x41, 0xe2, 0x80)],
    ["a lone continuation byte", bytes(0x41, 0x80)],
    ["Latin-1 é", bytes(0x41, 0xe9, 0x41)],
  ];
  it.each(cases)("agrees with a fatal TextDecoder: %s", (_, b) => {
    expect(isUtf8(b)).toBe(decodes(b));
  });

  it("agrees with a fatal TextDecoder at every offset into a buffer (the four-byte reads)", () => {
    const text = new TextEncoder().encode("abcdefghij inflación 😀 xyz\u00a0end");
    const buffer = new Uint8Array(text.length + 8);
    for (let offset = 0; offset < 4; offset++) {
      for (let cut = 0; cut <= text.length; cut++) {
        buffer.set(text, offset);
        const b = buffer.subarray(offset, offset + cut);
        expect(isUtf8(b)).toBe(decodes(b));
      }
    }
  });
});

describe("ByteText", () => {
  it("slices the characters decodeText gives, in UTF-8 and in Latin-1", () => {
    for (const b of [
      new TextEncoder().encode("\ufeffid inflación σ x"),
      bytes(0x69, 0x64, 0x20, 0xe9, 0xa0, 0x78),
    ]) {
      const text = new ByteText(b);
      expect(text.slice(text.start, b.length)).toBe(decodeText(b));
    }
  });

  it("reads white space beyond ASCII by the file's encoding", () => {
    // U+00A0 is two bytes in UTF-8; in a Latin-1 file C2 is Â and A0 the no-break space.
    const utf8 = new ByteText(bytes(0x41, 0xc2, 0xa0, 0x41));
    expect(utf8.utf8).toBe(true);
    expect([utf8.spaceLength(1), utf8.spaceLength(2)]).toEqual([2, 0]);
    const latin1 = new ByteText(bytes(0x41, 0xc2, 0xa0, 0x41, 0xff));
    expect(latin1.utf8).toBe(false);
    expect([latin1.spaceLength(1), latin1.spaceLength(2)]).toEqual([0, 1]);
    const ideographic = new ByteText(new TextEncoder().encode("a\u3000b\u2028c\u200bd"));
    expect([ideographic.spaceLength(1), ideographic.spaceLength(5), ideographic.spaceLength(9)]).toEqual([
      3, 3, 0,
    ]);
  });
});
