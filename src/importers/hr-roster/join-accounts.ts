// Joins a staff list to the accounts every other source defines, by one key (employee id, phone,
// log-in name or e-mail), and turns the join into account facts: a leaver's account gets
// hrStatus left and the leave date (PIPL-CRED-008 judges it), a current employee's gets hrStatus
// employed and affiliation employee, a personal account that matches no one gets affiliation
// outside (PIPL-QRY-009; an assumption a stated affiliation replaces), and every matched account its HR department (hrUnit). A personal account
// with no value for the key cannot be joined: nothing is set, so the rules needing the facts say
// NOT_EVALUATED; a warning names it.
import type { Diagnostic } from '../../inventory/diagnostic.js';
import { matchesPattern } from '../../inventory/id-pattern.js';
import type { Account } from '../../inventory/manifest-schema.js';
import type { SourceRef } from '../../inventory/provenance.js';
import type { AccountFact } from '../importer.js';
import { maskPhone, phoneDigest } from './phone-number.js';
import type { Employee } from './staff-list.js';

export type JoinKey = 'employeeId' | 'phone' | 'username' | 'email';

export interface JoinSettings {
  joinBy: JoinKey;
  /** Which accounts the staff list covers (an id pattern; default every personal account). */
  accounts: string;
  /** HR department → the unit name accounts use. */
  units: Record<string, string>;
  /** What an unmatched personal account is: outside (the list is the whole staff) or left alone. */
  unmatched: 'outside' | 'ignore';
}

const RANK = { employed: 3, suspended: 2, left: 1 } as const;

function keyOfEmployee(e: Employee, joinBy: JoinKey): string | undefined {
  if (joinBy === 'phone') return e.phone === undefined ? undefined : phoneDigest(e.phone);
  const v = e[joinBy];
  return v === undefined ? undefined : joinBy === 'username' ? v.toLowerCase() : v;
}

function keyOfAccount(a: Account, joinBy: JoinKey): string | undefined {
  const ids = a.identifiers;
  switch (joinBy) {
    case 'employeeId':
      return ids?.employeeId;
    case 'phone':
      return ids?.phone;
    case 'email':
      return ids?.email?.toLowerCase();
    case 'username':
      return (ids?.username ?? (a.holders?.length === 1 ? a.holders[0] : undefined))?.toLowerCase();
  }
}

/** How a key value is shown: phone numbers masked. */
function shown(e: Employee, joinBy: JoinKey): string {
  return joinBy === 'phone' && e.phone ? maskPhone(e.phone) : String(e[joinBy] ?? '');
}

export function joinAccounts(employees: Employee[], accounts: readonly Account[], settings: JoinSettings, file: string): { facts: AccountFact[]; warnings: Diagnostic[]; afterOverlays: (accounts: readonly Account[]) => Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const rowPlace = (e: Employee): SourceRef => ({ file: e.file, pointer: `/rows/${e.line}` });
  // One employee per key: a re-hired person listed twice counts by the most current row.
  const byKey = new Map<string, Employee>();
  for (const e of employees) {
    const key = keyOfEmployee(e, settings.joinBy);
    if (key === undefined) continue;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, e);
      continue;
    }
    warnings.push({ severity: 'warning', file: e.file, line: e.line, message: `${settings.joinBy} ${shown(e, settings.joinBy)} is listed again (first at ${seen.file}:${seen.line}); the more current row is used`, expected: `one row per ${settings.joinBy}` });
    const better = (RANK[e.state ?? 'employed'] ?? 0) > (RANK[seen.state ?? 'employed'] ?? 0) || (e.state === seen.state && (e.leaveDate ?? '') > (seen.leaveDate ?? ''));
    if (better) byKey.set(key, e);
  }
  const facts: AccountFact[] = [];
  const unjoinable: string[] = [];
  // Joined to a department but carrying no unit of their own: PIPL-HR-001 compares the two, so
  // it cannot judge these; the note names the setting that states the unit (by the accounts' source).
  const noUnit: { realm: string[]; other: string[] } = { realm: [], other: [] };
  for (const account of accounts) {
    if (account.type !== 'personal' || account.count !== undefined || !matchesPattern(settings.accounts, account.id)) continue;
    const key = keyOfAccount(account, settings.joinBy);
    if (key === undefined) {
      unjoinable.push(account.id);
      continue;
    }
    const e = byKey.get(key);
    if (!e) {
      // An inference from absence, not a row's statement, and one that holds only for a personal
      // account: a contractor the manifest states (an entrusted agency's staff are on no staff list
      // of the operator) keeps that affiliation, and an overlay stating the account shared (its
      // holders named there, not on the list by this key) withdraws it.
      if (settings.unmatched === 'outside') facts.push({ account, set: { affiliation: 'outside' }, places: { affiliation: { file, pointer: '/rows' } }, assumed: ['affiliation'], restsOnType: 'personal' });
      continue;
    }
    const set: Partial<Account> = {};
    const places: AccountFact['places'] = {};
    const at = rowPlace(e);
    if (e.state === 'left') {
      set.hrStatus = 'left';
      places.hrStatus = at;
      if (e.leaveDate) {
        set.leaveDate = e.leaveDate;
        places.leaveDate = at;
      }
    } else {
      if (e.state) {
        set.hrStatus = e.state;
        places.hrStatus = at;
      }
      set.affiliation = 'employee';
      places.affiliation = at;
    }
    if (e.department !== undefined) {
      set.hrUnit = settings.units[e.department] ?? e.department;
      places.hrUnit = at;
      if (account.unit === undefined) (account.identityRealm !== undefined ? noUnit.realm : noUnit.other).push(account.id);
    }
    facts.push({ account, set, places });
  }
  if (unjoinable.length > 0) {
    warnings.push({ severity: 'warning', file, message: `${unjoinable.length} personal account${unjoinable.length === 1 ? '' : 's'} without ${settings.joinBy} could not be joined to the staff list (${unjoinable.slice(0, 5).join(', ')}${unjoinable.length > 5 ? ', …' : ''}); whether their holders are employees or have left is not evaluated`, expected: `accounts carrying identifiers.${settings.joinBy}${settings.joinBy === 'username' ? ' or a single holder' : ''}` });
  }
  // Asked after the overlays: an overlay may state the unit (overlays.accounts[].set.unit, by id
  // or by role), the only place a unit is stated for accounts whose source has no departments
  // (a Casbin model without domains).
  const afterOverlays = (merged: readonly Account[]): Diagnostic[] => {
    const unitOf = new Map(merged.map((a) => [a.id, a.unit]));
    const out: Diagnostic[] = [];
    for (const [ids, expected] of [
      [noUnit.realm, "a unit on each: for Keycloak accounts, the project file's mapping.units (group path → unit)"],
      [noUnit.other, "a unit on each: what the accounts' source states as their department (RuoYi sys_dept, casbin mapping.domains for a model with domains), else the manifest's overlays.accounts[].set.unit (matched by id, or by role for every account holding it: a casbin model without domains states no unit), or accounts[].unit for an account the manifest defines"],
    ] as const) {
      const sorted = ids.filter((id) => unitOf.get(id) === undefined).sort();
      if (sorted.length === 0) continue;
      const listed = `${sorted.slice(0, 5).join(', ')}${sorted.length > 5 ? ', …' : ''}`;
      out.push({ severity: 'warning', file, message: `accounts joined to the staff list that carry no unit: ${sorted.length} (${listed}); PIPL-HR-001 (the account's unit against the holder's HR department) is not evaluated for them`, expected });
    }
    return out;
  };
  return { facts, warnings, afterOverlays };
}
