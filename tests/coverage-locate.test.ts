// The coverage notes' pointers are located in the same walk of each file as the findings'
// evidence (audit.ts: locateEvidence's `also`, LoadedInventory.placeCoverage): the notes placed
// that way are exactly those a locate of their own gives (LoadedInventory.coverage read first),
// and the evidence is located as without them.
import { describe, expect, it } from 'vitest';
import type { Evidence, Finding } from '../src/findings/finding.js';
import { locateEvidence } from '../src/findings/locate-evidence.js';
import { loadSources, type LoadedInventory } from '../src/inventory/load-inventory.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';

const REALM = 'examples/courier/before/keycloak/realm-export.json';
const load = (): Promise<LoadedInventory> => loadSources([], [{ type: 'keycloak', paths: [REALM] }], { taxonomy: loadTaxonomy() });

/** Evidence at every place the inventory records in the realm, and at a few pointers it does not hold. */
function findingsCiting(loaded: LoadedInventory): Finding[] {
  const evidence: Evidence[] = [];
  for (const account of loaded.inventory.accounts) {
    const place = loaded.inventory.provenance.of(account);
    if (place) evidence.push({ file: place.file, pointer: place.pointer } as Evidence, { file: place.file, pointer: `${place.pointer}/username` } as Evidence);
  }
  evidence.push({ file: REALM, pointer: '/roles/realm/0' } as Evidence, { file: REALM, pointer: '/no/such/place' } as Evidence, { file: 'elsewhere.json', pointer: '/x' } as Evidence);
  return [{ evidence } as unknown as Finding];
}

describe('coverage notes located with the evidence', () => {
  it('places every note as a locate of its own does, and the evidence as without them', async () => {
    const alone = await load();
    const own = alone.coverage;
    expect(own.length).toBeGreaterThan(0);
    expect(own.some((n) => n.pointer !== undefined && n.line !== undefined)).toBe(true);
    expect(alone.coveragePointers().size).toBe(0); // located once read

    const separate = findingsCiting(alone);
    locateEvidence(separate, alone.locators);

    const together = await load();
    const wanted = together.coveragePointers();
    expect([...wanted.keys()]).toEqual([REALM]);
    const findings = findingsCiting(together);
    together.placeCoverage(locateEvidence(findings, together.locators, wanted));
    expect(together.coverage).toEqual(own);
    expect(findings.map((f) => f.evidence)).toEqual(separate.map((f) => f.evidence));
    expect(findings[0]!.evidence.filter((e) => e.line !== undefined).length).toBeGreaterThan(2);
  });

  it('locates the notes of a file no finding cites', async () => {
    const alone = await load();
    const together = await load();
    together.placeCoverage(locateEvidence([], together.locators, together.coveragePointers()));
    expect(together.coverage).toEqual(alone.coverage);
  });
});
