// The account-wide password policy of RAM users, from the response of `aliyun ram
// GetPasswordPolicy` kept in the bundle under "GetPasswordPolicy":
//   {"PasswordPolicy": {"MinimumPasswordLength": 12, "RequireLowercaseCharacters": true,
//    "RequireUppercaseCharacters": true, "RequireNumbers": true, "RequireSymbols": true,
//    "MaxPasswordAge": 90, "MaxLoginAttemps": 5, "HardExpiry": false, "PasswordReusePrevention": 5}}
// (`MaxLoginAttemps` is RAM's own spelling; `MaxLoginAttempts` is accepted too.) RAM documents
// MaxPasswordAge 0 as "never expires" and MaxLoginAttemps 0 as no lockout; a user who fails the
// log-in that many times within an hour is locked for one hour.
// Tencent Cloud CAM documents no API returning the password rules of sub-users, so a CAM bundle
// states none (docs/sources/cloud-policy.md).
import type { CredentialPolicy } from '../../inventory/manifest-schema.js';
import { BundleShapeError } from './policy-bundle.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How long RAM locks a user after MaxLoginAttemps failures (documented: one hour). */
const RAM_LOCK_MINUTES = 60;

export interface BundlePasswordPolicy {
  /** The policy's facts, without its id. */
  facts: Omit<CredentialPolicy, 'id'>;
  pointer: string;
}

function integer(policy: Json, key: string, at: string, required: boolean): number | undefined {
  const value = policy[key];
  if (value === undefined && !required) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  throw new BundleShapeError(`${at}/${key}`, `GetPasswordPolicy: ${key} is ${JSON.stringify(value)}`, `"${key}": a whole number of 0 or more`);
}

function flag(policy: Json, key: string, at: string): boolean {
  const value = policy[key];
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new BundleShapeError(`${at}/${key}`, `GetPasswordPolicy: ${key} is ${JSON.stringify(value)}`, `"${key}": true or false`);
}

/** The GetPasswordPolicy response of a RAM bundle, or undefined when the bundle has none. */
export function readRamPasswordPolicy(data: Json): BundlePasswordPolicy | undefined {
  let response = data.GetPasswordPolicy;
  if (response === undefined) return undefined;
  let pointer = '/GetPasswordPolicy';
  if (isObject(response) && isObject(response.Response) && Object.keys(response).length === 1) {
    response = response.Response;
    pointer += '/Response';
  }
  const policy = isObject(response) ? response.PasswordPolicy : undefined;
  if (!isObject(policy)) throw new BundleShapeError(pointer, 'GetPasswordPolicy: no PasswordPolicy object', 'the GetPasswordPolicy response: { "PasswordPolicy": { "MinimumPasswordLength": …, … } }');
  const at = `${pointer}/PasswordPolicy`;
  const minLength = integer(policy, 'MinimumPasswordLength', at, true)!;
  const classes = ['RequireLowercaseCharacters', 'RequireUppercaseCharacters', 'RequireNumbers', 'RequireSymbols'].filter((k) => flag(policy, k, at)).length;
  const maxAge = integer(policy, 'MaxPasswordAge', at, true)!;
  const attemptsKey = policy.MaxLoginAttemps !== undefined ? 'MaxLoginAttemps' : 'MaxLoginAttempts';
  const attempts = integer(policy, attemptsKey, at, true)!;
  return {
    facts: {
      minLength,
      characterClasses: classes,
      rotationDays: maxAge === 0 ? 'none' : maxAge,
      lockout: attempts === 0 ? 'none' : { threshold: attempts, durationMinutes: RAM_LOCK_MINUTES },
    },
    pointer: at,
  };
}
