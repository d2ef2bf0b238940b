// An importer's assumption marks left in its result (AssumedMarks, ImportResult.assumed) are
// made in the inventory only when something reads them, and then exactly as markAssumed makes
// them; tests/overlays.test.ts and tests/hr-roster-cli.test.ts read them through a realm export.
import { describe, expect, it } from 'vitest';
import { AssumedMarks, isAssumed, markAssumed } from '../src/inventory/assumed-facts.js';

describe('AssumedMarks', () => {
  it('marks nothing until markAll, then what markAssumed would have, in order', () => {
    const personal = { id: 'realm/alice' };
    const service = { id: 'realm/service-account-x' };
    const marks = new AssumedMarks();
    marks.add(personal, ['type', 'holders']);
    marks.add(service, ['holders']);
    marks.add(service, ['mfa']);
    expect([isAssumed(personal, 'type'), isAssumed(service, 'holders')]).toEqual([false, false]);
    marks.markAll();
    expect(['type', 'holders', 'mfa'].map((k) => isAssumed(personal, k))).toEqual([true, true, false]);
    expect(['type', 'holders', 'mfa'].map((k) => isAssumed(service, k))).toEqual([false, true, true]);
  });

  it('adds to marks the entity already has, and marking twice changes nothing', () => {
    const account = { id: 'a' };
    markAssumed(account, ['holders']);
    const marks = new AssumedMarks();
    marks.add(account, ['type']);
    marks.markAll();
    marks.markAll();
    expect(['holders', 'type', 'mfa'].map((k) => isAssumed(account, k))).toEqual([true, true, false]);
  });
});
