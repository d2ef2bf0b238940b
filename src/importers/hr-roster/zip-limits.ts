// An XLSX file is a ZIP archive; a hostile one can expand a few kilobytes into gigabytes (a zip
// bomb) before any spreadsheet library sees a row. The ZIP central directory states each entry's
// uncompressed size, so it is read here first (without decompressing anything) and the file is
// refused when the entries would expand beyond a bound.
import { InputError } from '../../inventory/diagnostic.js';

export interface ZipBounds {
  /** Total uncompressed bytes of every entry. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

export const XLSX_BOUNDS: ZipBounds = { maxUncompressedBytes: 200 * 1024 * 1024, maxEntries: 10_000 };

/** Throws InputError when the archive's directory is unreadable or its entries exceed the bounds. */
export function checkZipBounds(bytes: Uint8Array, file: string, bounds: ZipBounds = XLSX_BOUNDS): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refuse = (message: string): never => {
    throw new InputError([{ severity: 'error', file, line: 1, message, expected: 'an XLSX workbook (a ZIP archive) that expands to at most ' + Math.round(bounds.maxUncompressedBytes / 1024 / 1024) + ' MB' }]);
  };
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) refuse('not a ZIP archive (no end of central directory): not an XLSX workbook');
  const entries = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) refuse('a ZIP64 archive: larger than any staff list');
  if (entries > bounds.maxEntries) refuse(`the archive has ${entries} entries`);
  if (offset + size > bytes.length) refuse('the ZIP central directory lies outside the file: truncated or not an XLSX workbook');
  let total = 0;
  let at = offset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) refuse('a broken ZIP central directory');
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) refuse('a ZIP64 entry: larger than any staff list');
    total += uncompressed;
    if (total > bounds.maxUncompressedBytes) refuse(`the workbook expands to more than ${Math.round(bounds.maxUncompressedBytes / 1024 / 1024)} MB`);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
