// Realm-wide settings: the password policy, brute-force detection, OTP policy, session and token
// lifespans, events. Absent settings take Keycloak's defaults (what the realm runs with after
// import), which have been stable from 3.x to 26; the one default that changed — the password
// hash (pbkdf2-sha256 × 27,500 before 24, pbkdf2-sha512 × 210,000 from 24) — is used only when the
// export (or the project file) names the Keycloak version.
import type { CredentialPolicy, IdentityRealm } from '../../inventory/manifest-schema.js';
import { child, flag, isObject, objects, text, whole, type JsonObject } from './export-values.js';
import { interpretPasswordPolicy, tokenizePasswordPolicy, type PolicyToken } from './password-policy.js';
import { hashAlgorithmOf } from './user-credentials.js';

export interface RealmSettings {
  realm: IdentityRealm;
  policy: CredentialPolicy;
  /** Pointers of nested objects, for evidence. */
  nested: Array<[object, string]>;
  unknownTokens: PolicyToken[];
  malformedTokens: PolicyToken[];
  unknownHash: string | undefined;
}

const DEFAULTS = {
  bruteForceProtected: false,
  failureFactor: 30,
  permanentLockout: false,
  waitIncrementSeconds: 60,
  maxFailureWaitSeconds: 900,
  maxDeltaTimeSeconds: 43200,
  quickLoginCheckMilliSeconds: 1000,
  minimumQuickLoginWaitSeconds: 60,
  ssoSessionIdleTimeout: 1800,
  ssoSessionMaxLifespan: 36000,
  offlineSessionIdleTimeout: 2592000,
  accessTokenLifespan: 300,
  accessCodeLifespan: 60,
  otpPolicyType: 'totp',
  otpPolicyAlgorithm: 'HmacSHA1',
  otpPolicyDigits: 6,
  otpPolicyPeriod: 30,
} as const;

/** Major version from "26.0.5", "3.4.3.Final", "21.1.2-redhat-00001"; undefined when unreadable. */
export function majorVersion(version: string | undefined): number | undefined {
  const m = version === undefined ? null : /^(\d+)\./.exec(version);
  return m ? Number(m[1]) : undefined;
}

function defaultHashing(version: string | undefined): { algorithm: 'pbkdf2-sha256' | 'pbkdf2-sha512'; iterations: number } | undefined {
  const major = majorVersion(version);
  if (major === undefined || major < 3) return undefined;
  return major >= 24 ? { algorithm: 'pbkdf2-sha512', iterations: 210000 } : { algorithm: 'pbkdf2-sha256', iterations: 27500 };
}

/** Iterations Keycloak uses for an algorithm named without hashIterations (per version). */
function defaultIterations(algorithm: string, version: string | undefined): number | undefined {
  const major = majorVersion(version);
  if (major === undefined) return undefined;
  if (algorithm === 'pbkdf2-sha512') return major >= 24 ? 210000 : 30000;
  if (algorithm === 'pbkdf2-sha256') return major >= 24 ? 600000 : 27500;
  if (algorithm === 'pbkdf2-sha1') return major >= 24 ? 1300000 : 20000;
  return undefined;
}

/**
 * The browser flow requires OTP of everyone: an OTP form REQUIRED inside sub-flows that are
 * REQUIRED or ALTERNATIVE (the default browser flow's "forms" is an ALTERNATIVE to the SSO
 * cookie). A CONDITIONAL sub-flow (Keycloak's "Conditional OTP") asks only users who set OTP up.
 */
function otpRequiredByFlow(realm: JsonObject): boolean | undefined {
  const flows = objects(realm.authenticationFlows).map(([f]) => f);
  if (flows.length === 0) return undefined;
  const byAlias = new Map(flows.map((f) => [text(f.alias) ?? '', f]));
  const visit = (alias: string, depth: number): boolean => {
    const flow = byAlias.get(alias);
    if (!flow || depth > 20) return false;
    return objects(flow.authenticationExecutions).some(([e]) => {
      const requirement = text(e.requirement);
      if (text(e.authenticator) === 'auth-otp-form') return requirement === 'REQUIRED';
      if (requirement !== 'REQUIRED' && requirement !== 'ALTERNATIVE') return false;
      return flag(e.authenticatorFlow ?? e.autheticatorFlow) === true && visit(text(e.flowAlias) ?? '', depth + 1);
    });
  };
  return visit(text(realm.browserFlow) ?? 'browser', 0);
}

function otpRequiredForAll(realm: JsonObject): boolean | undefined {
  const byFlow = otpRequiredByFlow(realm);
  const actions = objects(realm.requiredActions).map(([a]) => a);
  const byDefaultAction = actions.some((a) => text(a.alias) === 'CONFIGURE_TOTP' && flag(a.enabled) !== false && flag(a.defaultAction) === true);
  if (byFlow === undefined && actions.length === 0) return undefined;
  return byFlow === true || byDefaultAction;
}

export function readRealmSettings(realm: JsonObject, base: string, realmId: string, policyId: string, version: string | undefined): RealmSettings {
  const nested: Array<[object, string]> = [];
  const value = <K extends keyof typeof DEFAULTS>(key: K): (typeof DEFAULTS)[K] => {
    const raw = realm[key];
    const read = typeof DEFAULTS[key] === 'boolean' ? flag(raw) : typeof DEFAULTS[key] === 'number' ? whole(raw) : text(raw);
    return (read ?? DEFAULTS[key]) as (typeof DEFAULTS)[K];
  };

  // Password policy → credential policy.
  const policyText = text(realm.passwordPolicy) ?? '';
  const tokens = tokenizePasswordPolicy(policyText);
  const interpreted = interpretPasswordPolicy(tokens);
  const brute = {
    enabled: value('bruteForceProtected'),
    failureFactor: value('failureFactor'),
    permanentLockout: value('permanentLockout'),
    waitIncrementSeconds: value('waitIncrementSeconds'),
    maxFailureWaitSeconds: value('maxFailureWaitSeconds'),
    maxDeltaTimeSeconds: value('maxDeltaTimeSeconds'),
    quickLoginCheckMilliSeconds: value('quickLoginCheckMilliSeconds'),
    minimumQuickLoginWaitSeconds: value('minimumQuickLoginWaitSeconds'),
  };
  const policy: CredentialPolicy = {
    id: policyId,
    minLength: interpreted.minLength,
    characterClasses: interpreted.characterClasses,
    blocklist: interpreted.blocklist,
    rotationDays: interpreted.rotationDays ?? 'none',
  };
  if (brute.enabled) {
    const lockout: { threshold: number; durationMinutes?: number } = { threshold: Math.max(1, brute.failureFactor) };
    if (!brute.permanentLockout) lockout.durationMinutes = Math.floor(brute.waitIncrementSeconds / 60);
    policy.lockout = lockout;
    nested.push([lockout, child(base, realm.failureFactor !== undefined ? 'failureFactor' : 'bruteForceProtected')]);
  } else {
    policy.lockout = 'none';
  }
  policy.idleTimeoutMinutes = Math.max(1, Math.floor(value('ssoSessionIdleTimeout') / 60));
  const otpForAll = otpRequiredForAll(realm);
  if (otpForAll !== undefined) policy.mfa = otpForAll ? 'all' : 'none';
  let unknownHash: string | undefined;
  const fallback = defaultHashing(version);
  if (interpreted.hashAlgorithm !== undefined || fallback) {
    const algorithm = interpreted.hashAlgorithm !== undefined ? hashAlgorithmOf(interpreted.hashAlgorithm) : fallback?.algorithm;
    if (interpreted.hashAlgorithm !== undefined && !algorithm) unknownHash = interpreted.hashAlgorithm;
    const hashing: NonNullable<CredentialPolicy['hashing']> = { algorithm: algorithm ?? 'unknown', salted: true };
    const iterations = interpreted.hashIterations ?? (interpreted.hashAlgorithm === undefined ? fallback?.iterations : defaultIterations(algorithm ?? '', version));
    if (iterations !== undefined && iterations > 0) {
      if (algorithm === 'bcrypt') hashing.cost = iterations;
      else hashing.iterations = iterations;
    }
    policy.hashing = hashing;
    nested.push([hashing, child(base, 'passwordPolicy')]);
  }
  const sslRequired = text(realm.sslRequired)?.toLowerCase();
  // "external" lets clients on private networks use plain HTTP: whether outlets do is not in the export.
  if (sslRequired === 'none') policy.transport = 'http';
  else if (sslRequired === 'all') policy.transport = 'https';
  if (interpreted.unknown.length > 0) policy.uninterpreted = interpreted.unknown.map((t) => t.raw);

  // Realm-wide settings.
  const identityRealm: IdentityRealm = { id: realmId, provider: 'keycloak', credentialPolicy: policyId };
  if (text(realm.displayName)) identityRealm.name = text(realm.displayName) as string;
  if (version) identityRealm.version = version;
  const enabled = flag(realm.enabled);
  if (enabled !== undefined) identityRealm.enabled = enabled;
  if (sslRequired === 'all' || sslRequired === 'external' || sslRequired === 'none') identityRealm.sslRequired = sslRequired;
  const bruteForce = { ...brute };
  identityRealm.bruteForce = bruteForce;
  nested.push([bruteForce, child(base, realm.bruteForceProtected !== undefined ? 'bruteForceProtected' : 'failureFactor')]);
  const otpType = value('otpPolicyType').toLowerCase();
  const otp: NonNullable<IdentityRealm['otp']> = {
    ...(otpType === 'totp' || otpType === 'hotp' ? { type: otpType } : {}),
    algorithm: value('otpPolicyAlgorithm'),
    digits: value('otpPolicyDigits'),
    periodSeconds: Math.max(1, value('otpPolicyPeriod')),
  };
  if (otpForAll !== undefined) otp.requiredForAll = otpForAll;
  identityRealm.otp = otp;
  nested.push([otp, child(base, 'otpPolicyType')]);
  const sessions = {
    ssoSessionIdleTimeout: value('ssoSessionIdleTimeout'),
    ssoSessionMaxLifespan: value('ssoSessionMaxLifespan'),
    offlineSessionIdleTimeout: value('offlineSessionIdleTimeout'),
    accessTokenLifespan: value('accessTokenLifespan'),
    accessCodeLifespan: value('accessCodeLifespan'),
    rememberMe: flag(realm.rememberMe) ?? false,
  };
  identityRealm.sessions = sessions;
  nested.push([sessions, child(base, 'ssoSessionIdleTimeout')]);
  const expiration = whole(realm.eventsExpiration);
  const events: NonNullable<IdentityRealm['events']> = {
    loginEvents: flag(realm.eventsEnabled) ?? false,
    adminEvents: flag(realm.adminEventsEnabled) ?? false,
    adminEventDetails: flag(realm.adminEventsDetailsEnabled) ?? false,
    // Keycloak keeps stored events until deleted when no expiration is set.
    expirationSeconds: expiration !== undefined && expiration > 0 ? expiration : 'none',
  };
  identityRealm.events = events;
  nested.push([events, child(base, 'eventsEnabled')]);
  // An empty enabledEventTypes list means Keycloak's save-by-default types (LOGIN, LOGIN_ERROR …), not none.

  return { realm: identityRealm, policy, nested, unknownTokens: interpreted.unknown, malformedTokens: interpreted.malformed, unknownHash };
}

export function isRealmObject(value: unknown): value is JsonObject {
  return isObject(value) && typeof value.realm === 'string';
}
