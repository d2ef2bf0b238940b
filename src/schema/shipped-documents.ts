// The YAML documents the package ships (rule packs, the PI taxonomy), parsed and validated once
// at build time (precompile-schemas.ts) and filed by what they are and the SHA-256 of their bytes.
// Parsing the ~100 rule files with positions is most of a small audit's remaining start-up; a
// file whose bytes hash to a filed entry is that very document, so its filed data is used instead
// (the same data the parser gives: only documents that survive a JSON round trip unchanged are
// filed). A changed or unknown file is parsed and validated as before.
import { readFileSync } from 'node:fs';

/** What the document is (which schema validated it). */
export type ShippedDocumentKind = 'rule' | 'pack' | 'taxonomy';

const SNAPSHOT = new URL('./precompiled/shipped-documents.json', import.meta.url);
let snapshot: Record<string, string> | null | undefined;

export function shippedDocumentKey(kind: ShippedDocumentKind, sha256: string): string {
  return `${kind}:${sha256}`;
}

/** The data of a shipped document with these bytes (a fresh copy each time), or undefined. */
export function shippedDocument(kind: ShippedDocumentKind, sha256: string): unknown {
  if (snapshot === undefined) {
    try {
      snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, string>;
    } catch {
      snapshot = null; // running from sources, or a build without the snapshot: parse as usual
    }
  }
  const text = snapshot?.[shippedDocumentKey(kind, sha256)];
  return text === undefined ? undefined : JSON.parse(text);
}

export const SHIPPED_DOCUMENTS_FILE = 'shipped-documents.json';
