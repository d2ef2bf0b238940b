// What a user's credentials say: how the password is stored and whether a second factor is
// enrolled. Keycloak wrote credentials in two shapes: before 7, flat fields (`value`,
// `hashedSaltedValue`, `algorithm`, `hashIterations`); from 7, JSON inside strings
// (`secretData`, `credentialData` = {"hashIterations":27500,"algorithm":"pbkdf2-sha256"}).
// An import file may also carry the password itself in `value`.
import type { PasswordStorageEntry } from '../../inventory/manifest-schema.js';
import { isObject, text, whole, type JsonObject } from './export-values.js';

type HashAlgorithmName = PasswordStorageEntry['algorithm'];

const SECOND_FACTOR_TYPES = new Set(['otp', 'totp', 'hotp', 'webauthn', 'webauthn-passwordless']);

/** Keycloak's password hash provider ids in the inventory's names; undefined when not one Keycloak or a known extension ships. */
export function hashAlgorithmOf(providerId: string, parameters?: JsonObject): HashAlgorithmName | undefined {
  switch (providerId.toLowerCase()) {
    case 'pbkdf2':
      return 'pbkdf2-sha1';
    case 'pbkdf2-sha256':
      return 'pbkdf2-sha256';
    case 'pbkdf2-sha512':
      return 'pbkdf2-sha512';
    case 'argon2': {
      // additionalParameters: { type: ["id"] } — Keycloak 24+ defaults to argon2id
      const type = isObject(parameters) && Array.isArray(parameters.type) ? String(parameters.type[0]) : 'id';
      return type === 'i' ? 'argon2i' : type === 'id' ? 'argon2id' : undefined;
    }
    case 'bcrypt': // the widely used keycloak-bcrypt extension
      return 'bcrypt';
    default:
      return undefined;
  }
}

export interface CredentialFacts {
  /** How the password is stored, when the user has a password credential. */
  storage: PasswordStorageEntry | undefined;
  /** The password credential's index in the user's `credentials`. */
  storageCredential: number | undefined;
  /** A hash provider id that is not recognised, to warn about. */
  unknownAlgorithm: string | undefined;
  /** An OTP or WebAuthn credential is enrolled. */
  secondFactor: boolean;
}

function parseEmbedded(value: unknown): JsonObject | undefined {
  if (isObject(value)) return value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `secretData` as Keycloak 7+ writes it, {"value":"…","salt":"…","additionalParameters":{}}, with
 * no escape or control character in either string: its salt is read without JSON.parse (a
 * 300,000-user export has as many of these strings, each different). Anything else is parsed.
 */
const PLAIN_SECRET_DATA_SALTED = /^\{"value":"[^"\\\u0000-\u001f]*","salt":"[^"\\\u0000-\u001f]+"(?:,"additionalParameters":\{\})?\}$/;
const PLAIN_SECRET_DATA_UNSALTED = /^\{"value":"[^"\\\u0000-\u001f]*","salt":""(?:,"additionalParameters":\{\})?\}$/;

/**
 * Whether the credential states a salt: its secretData's `salt` (else the pre-7 `salt` field) is a
 * non-empty string, an empty one, or neither (undefined). The plain shape is only tested, not
 * matched, so no salt string is cut out for each user.
 */
function saltedOf(secretData: unknown, salt: unknown): boolean | undefined {
  if (typeof secretData === 'string') {
    if (PLAIN_SECRET_DATA_SALTED.test(secretData)) return true;
    if (PLAIN_SECRET_DATA_UNSALTED.test(secretData)) return false;
  }
  const stated = parseEmbedded(secretData)?.salt ?? salt;
  return typeof stated === 'string' ? stated !== '' : undefined;
}

/** `credentialData` strings repeat across a realm's users (the same algorithm and iterations): parsed once each, up to this many. */
const MAX_CACHED_CREDENTIAL_DATA = 1024;
const MAX_CACHED_LENGTH = 1024;

/** parseEmbedded, remembering short strings in `cache` (the parsed objects are only read). */
function parseEmbeddedCached(value: unknown, cache: Map<string, JsonObject | undefined> | undefined): JsonObject | undefined {
  if (!cache || typeof value !== 'string' || value.length > MAX_CACHED_LENGTH) return parseEmbedded(value);
  if (cache.has(value)) return cache.get(value);
  const parsed = parseEmbedded(value);
  if (cache.size < MAX_CACHED_CREDENTIAL_DATA) cache.set(value, parsed);
  return parsed;
}

/** `cache`: kept by the caller across the users of one realm, for their `credentialData`. */
export function readCredentials(user: JsonObject, cache?: Map<string, JsonObject | undefined>): CredentialFacts {
  const facts: CredentialFacts = { storage: undefined, storageCredential: undefined, unknownAlgorithm: undefined, secondFactor: false };
  const list = user.credentials;
  const count = Array.isArray(list) ? list.length : 0;
  for (let i = 0; i < count; i++) {
    const credential: unknown = (list as unknown[])[i];
    if (!isObject(credential)) continue;
    const type = (text(credential.type) ?? 'password').toLowerCase();
    if (SECOND_FACTOR_TYPES.has(type)) {
      facts.secondFactor = true;
      continue;
    }
    if ((type !== 'password' && type !== 'password-history') || type === 'password-history' || facts.storage) continue;
    facts.storageCredential = i;
    if (typeof credential.value === 'string' && credential.value !== '') {
      // An import file's password in clear text: Keycloak hashes it on import, but the file holds
      // it as it is (PIPL-IDP-002 says the file carries it, not that Keycloak stores it so).
      facts.storage = { algorithm: 'plaintext' };
      continue;
    }
    const data = parseEmbeddedCached(credential.credentialData, cache);
    const providerId = text(data?.algorithm) ?? text(credential.algorithm);
    const iterations = whole(data?.hashIterations) ?? whole(credential.hashIterations);
    if (providerId === undefined) continue; // a hash without its algorithm: not stated
    const algorithm = hashAlgorithmOf(providerId, isObject(data?.additionalParameters) ? data.additionalParameters : undefined);
    if (!algorithm) facts.unknownAlgorithm = providerId;
    const storage: PasswordStorageEntry = { algorithm: algorithm ?? 'unknown' };
    const salted = saltedOf(credential.secretData, credential.salt);
    if (salted !== undefined) storage.salted = salted;
    if (iterations !== undefined && iterations > 0) {
      if (algorithm === 'bcrypt') storage.cost = iterations;
      else storage.iterations = iterations;
    }
    facts.storage = storage;
  }
  if (!facts.secondFactor && Array.isArray(user.requiredActions) && user.requiredActions.includes('CONFIGURE_TOTP')) facts.secondFactor = true;
  return facts;
}
