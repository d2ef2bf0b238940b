// Ed25519 signing of an evidence record with Node's built-in crypto. What is signed: the record
// without its `signature` member, as canonical JSON (src/evidence/canonical-json.ts), UTF-8.
// Ed25519 is deterministic, so a signed record is as byte-identical as an unsigned one.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { EvidenceRecord, Signature } from './evidence-record-schema.js';

export function signedBytes(record: EvidenceRecord): Buffer {
  const { signature: _omitted, ...unsigned } = record;
  return Buffer.from(canonicalJson(unsigned), 'utf8');
}

export function publicKeySha256(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

export function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the key is ${key.asymmetricKeyType ?? 'not asymmetric'}, not ed25519`);
  return key;
}

export function readPublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the key is ${key.asymmetricKeyType ?? 'not asymmetric'}, not ed25519`);
  return key;
}

export function signRecord(record: EvidenceRecord, privateKey: KeyObject): EvidenceRecord {
  const publicKey = createPublicKey(privateKey);
  const signature: Signature = {
    algorithm: 'ed25519',
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    publicKeySha256: publicKeySha256(publicKey),
    signedContent: 'canonical-json-without-signature',
    value: sign(null, signedBytes(record), privateKey).toString('base64'),
  };
  return { ...record, signature };
}

export function signatureValid(record: EvidenceRecord, publicKey: KeyObject): boolean {
  if (!record.signature) return false;
  return verify(null, signedBytes(record), publicKey, Buffer.from(record.signature.value, 'base64'));
}

export function generateSigningKeys(): { privateKeyPem: string; publicKeyPem: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: publicKeySha256(publicKey),
  };
}
