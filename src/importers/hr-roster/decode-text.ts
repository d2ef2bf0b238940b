// Text exports from Chinese systems come in UTF-8 (with or without a BOM) or in GBK / GB18030
// (Excel's "CSV" on a Chinese Windows). The encoding is decided from the bytes: a BOM names it;
// otherwise bytes that are valid UTF-8 are UTF-8, and anything else is read as GB18030, the
// superset of GBK and GB2312.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The text of `bytes` in its detected encoding, BOM dropped. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = encoding === 'gb18030' ? iconv.decode(buffer, 'gb18030') : encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(buffer, encoding);
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}
