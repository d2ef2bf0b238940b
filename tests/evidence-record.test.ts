// Canonical serialisation and Ed25519 signing of evidence records, and the recommendation
// loader's diagnostics.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/evidence/canonical-json.js';
import type { EvidenceRecord } from '../src/evidence/evidence-record-schema.js';
import { generateSigningKeys, readPrivateKey, readPublicKey, signatureValid, signRecord } from '../src/evidence/sign-record.js';
import { normaliseCommandLine } from '../src/evidence/command-line.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { loadRecommendation } from '../src/recommendation/load-recommendation.js';
import { tempDir } from './support/temp-dir.js';

const record: EvidenceRecord = {
  evidenceVersion: 1,
  tool: { name: 'pipl-audit', version: '0.1.0' },
  command: { name: 'verify', argv: ['verify', '--before', 'a.json'] },
  parameters: { failOn: 'high', lang: 'zh' },
  baseDir: '.',
  inputs: [{ path: 'a.json', sha256: 'a'.repeat(64), role: 'before', kind: 'report' }],
  packs: [{ role: 'before', name: 'core', version: '1.0.0', hash: 'b'.repeat(64) }],
  exceptions: [],
  result: { sha256: 'c'.repeat(64), of: 'x', summary: {} },
};

describe('canonical JSON', () => {
  it('sorts keys at every depth, keeps array order, drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, 中: '文' })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"中":"文"}');
  });
});

describe('Ed25519 signatures', () => {
  const keys = generateSigningKeys();
  const signed = signRecord(record, readPrivateKey(keys.privateKeyPem));

  it('verify with the signer’s public key, whatever the key order of the record', () => {
    expect(signed.signature?.publicKeySha256).toBe(keys.fingerprint);
    const reordered = JSON.parse(JSON.stringify({ signature: signed.signature, ...record })) as EvidenceRecord;
    expect(signatureValid(reordered, readPublicKey(keys.publicKeyPem))).toBe(true);
  });

  it('fail for any change of content and for another key', () => {
    expect(signatureValid({ ...signed, baseDir: '..' }, readPublicKey(keys.publicKeyPem))).toBe(false);
    expect(signatureValid(signed, readPublicKey(generateSigningKeys().publicKeyPem))).toBe(false);
  });

  it('are deterministic, so a signed record is byte-identical for identical inputs', () => {
    expect(JSON.stringify(signRecord(record, readPrivateKey(keys.privateKeyPem)))).toBe(JSON.stringify(signed));
  });
});

describe('command line in the record', () => {
  it('drops node and the script, makes paths inside the working directory relative', () => {
    expect(normaliseCommandLine(['/usr/bin/node', '/x/dist/cli/main.js', 'verify', '--before', '/work/p/a.json', '--after=/work/p/b', '-o', '/elsewhere/r.md'], '/work/p')).toEqual([
      'verify',
      '--before',
      'a.json',
      '--after=b',
      '-o',
      '/elsewhere/r.md',
    ]);
  });
});

describe('recommendation files', () => {
  const load = (text: string) => {
    const dir = tempDir({ 'rec.yaml': text });
    try {
      loadRecommendation(join(dir, 'rec.yaml'), dir);
    } catch (error) {
      return (error as InputError).diagnostics.map((d) => `${d.file}:${d.line}: ${d.pointer} ${d.message}`);
    }
    return [];
  };
  const head = 'recommendationVersion: 1\nissuer: { zh: 某院 }\nreference: R\naddressee: { zh: 某司 }\nissued: 2022-01-01\nitems:\n';

  it('report schema errors with file and line', () => {
    expect(load(`${head}  - number: 1\n    text: { zh: x }\n    requires: { rules: [PIPL-QRY-001], targets: { store: [a] } }\n`)).toEqual([
      'rec.yaml:9: /items/0/requires/targets/store unknown key "store" (did you mean "stores"?)',
    ]);
    expect(load(head.replace('2022-01-01', '2022-13-01') + '  - { number: 1, text: { zh: x }, requires: { rules: [PIPL-QRY-001] } }\n')).toEqual(['rec.yaml:5: /issued value is not a valid date']);
  });

  it('require rules or themes in every item, and unique item numbers', () => {
    expect(load(`${head}  - { number: 1, text: { zh: x }, requires: { targets: { stores: [a] } } }\n  - { number: 1, text: { zh: y }, requires: { themes: [credentials] } }\n`)).toEqual([
      'rec.yaml:7: /items/0/requires item 1 requires no rule',
      'rec.yaml:8: /items/1/number item number 1 is used twice (also item 1 in the list)',
    ]);
  });
});
