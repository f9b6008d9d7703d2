/**
 * A minimal RFC 5322 / MIME writer for the messages we send: multipart/alternative with a plain-text and
 * an HTML part, both UTF-8 and base64-encoded (lines of 76), and RFC 2047 encoded-words for non-ASCII
 * header text (sender name, subject). Written here rather than taken from a library: the whole need is
 * these ~60 lines, and a dependency would have to be pinned, audited and kept Workers-compatible.
 */

export type MimeInput = {
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  date: Date;
  headers?: Record<string, string>;
};

const utf8 = new TextEncoder();

function base64(s: string): string {
  const bytes = utf8.encode(s);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const wrap76 = (s: string) => s.replace(/.{1,76}/g, "$&\r\n");

/** An encoded-word for header text that is not plain printable ASCII (else the text itself). */
export function encodeHeaderText(s: string): string {
  const clean = s.replace(/[\r\n]+/g, " ");
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  // Encoded-words are at most 75 characters: split the text into chunks of whole characters.
  const words: string[] = [];
  let chunk = "";
  for (const ch of clean) {
    if (utf8.encode(chunk + ch).length > 42) {
      words.push(`=?UTF-8?B?${base64(chunk)}?=`);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(`=?UTF-8?B?${base64(chunk)}?=`);
  return words.join("\r\n ");
}

/** A display name as a quoted string or encoded-words. */
function displayName(name: string): string {
  const clean = name.replace(/[\r\n]+/g, " ").trim();
  if (!clean) return "";
  if (/^[\x20-\x7e]*$/.test(clean)) return `"${clean.replace(/(["\\])/g, "\\$1")}"`;
  return encodeHeaderText(clean);
}

/** The raw message (CRLF line ends) ready for an EmailMessage. */
export function buildMime(m: MimeInput): string {
  const boundary = `sf-${crypto.randomUUID()}`;
  const name = displayName(m.from.name);
  const headers: Record<string, string> = {
    From: name ? `${name} <${m.from.address}>` : m.from.address,
    To: m.to,
    Subject: encodeHeaderText(m.subject),
    Date: m.date.toUTCString().replace("GMT", "+0000"),
    "Message-ID": m.messageId,
    "MIME-Version": "1.0",
    ...m.headers,
    "Content-Type": `multipart/alternative; boundary="${boundary}"`,
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  const part = (type: string, body: string) =>
    `--${boundary}\r\nContent-Type: ${type}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrap76(base64(body))}`;
  return `${head}\r\n\r\n${part("text/plain", m.text)}${part("text/html", m.html)}--${boundary}--\r\n`;
}
