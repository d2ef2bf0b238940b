// Keycloak's password policy string, parsed by Keycloak's own grammar (PasswordPolicy.parse):
// policies joined by " and ", each `id` or `id(value)`; the value runs to the last ")". An id
// Keycloak does not ship (a custom provider) is reported, never guessed: the strength it adds
// is unknown, so the policy records it as uninterpreted and strength rules say NOT_EVALUATED.

export interface PolicyToken {
  id: string;
  /** The configuration between the parentheses, trimmed; undefined when there are none. */
  value: string | undefined;
  /** The token as written, for messages. */
  raw: string;
}

/** Ids built into Keycloak (3.x to 26), with the default value Keycloak applies when none is given. */
export const KNOWN_POLICIES: ReadonlyMap<string, number | string | undefined> = new Map<string, number | string | undefined>([
  ['length', 8],
  ['maxLength', 64],
  ['digits', 1],
  ['lowerCase', 1],
  ['upperCase', 1],
  ['specialChars', 1],
  ['notUsername', undefined],
  ['notContainsUsername', undefined],
  ['notEmail', undefined],
  ['regexPattern', undefined],
  ['regexPatterns', undefined], // Keycloak 1.x name
  ['passwordHistory', 3],
  ['passwordAge', 365],
  ['forceExpiredPasswordChange', 365],
  ['hashAlgorithm', 'pbkdf2-sha256'],
  ['hashIterations', undefined],
  ['passwordBlacklist', undefined],
  ['maxAuthAge', 300],
  ['recoveryCodesWarningThreshold', 4],
]);

export function tokenizePasswordPolicy(policy: string): PolicyToken[] {
  const tokens: PolicyToken[] = [];
  for (const part of policy.split(' and ')) {
    const raw = part.trim();
    if (raw === '') continue;
    const open = raw.indexOf('(');
    if (open === -1) {
      tokens.push({ id: raw, value: undefined, raw });
      continue;
    }
    const close = raw.lastIndexOf(')');
    const value = raw.slice(open + 1, close > open ? close : raw.length).trim();
    tokens.push({ id: raw.slice(0, open).trim(), value, raw });
  }
  return tokens;
}

export interface InterpretedPolicy {
  minLength: number;
  /** How many of lower case, upper case, digits and special characters are required. */
  characterClasses: number;
  blocklist: boolean;
  /** forceExpiredPasswordChange in days; undefined when the policy does not force a change. */
  rotationDays: number | undefined;
  hashAlgorithm: string | undefined;
  hashIterations: number | undefined;
  passwordHistory: number | undefined;
  /** Tokens with an id Keycloak does not ship. */
  unknown: PolicyToken[];
  /** Tokens whose value is not what their id takes (e.g. length(abc)). */
  malformed: PolicyToken[];
}

/** A numeric value, or the id's default when absent or written as "undefined" (as the old admin console did). */
function numericValue(token: PolicyToken, malformed: PolicyToken[]): number {
  const fallback = KNOWN_POLICIES.get(token.id);
  if (token.value === undefined || token.value === '' || token.value === 'undefined') return typeof fallback === 'number' ? fallback : 0;
  if (/^-?\d+$/.test(token.value)) return Number.parseInt(token.value, 10);
  malformed.push(token);
  return typeof fallback === 'number' ? fallback : 0;
}

export function interpretPasswordPolicy(tokens: PolicyToken[]): InterpretedPolicy {
  const result: InterpretedPolicy = {
    minLength: 0,
    characterClasses: 0,
    blocklist: false,
    rotationDays: undefined,
    hashAlgorithm: undefined,
    hashIterations: undefined,
    passwordHistory: undefined,
    unknown: [],
    malformed: [],
  };
  const classes = new Set<string>();
  for (const token of tokens) {
    if (!KNOWN_POLICIES.has(token.id)) {
      result.unknown.push(token);
      continue;
    }
    switch (token.id) {
      case 'length':
        result.minLength = Math.max(result.minLength, numericValue(token, result.malformed));
        break;
      case 'digits':
      case 'lowerCase':
      case 'upperCase':
      case 'specialChars':
        if (numericValue(token, result.malformed) > 0) classes.add(token.id);
        break;
      case 'passwordBlacklist':
        result.blocklist = true;
        break;
      case 'forceExpiredPasswordChange': {
        const days = numericValue(token, result.malformed);
        result.rotationDays = days > 0 ? days : undefined;
        break;
      }
      case 'hashAlgorithm':
        result.hashAlgorithm = token.value && token.value !== 'undefined' ? token.value : (KNOWN_POLICIES.get('hashAlgorithm') as string);
        break;
      case 'hashIterations':
        if (token.value !== undefined && token.value !== 'undefined') result.hashIterations = numericValue(token, result.malformed);
        break;
      case 'passwordHistory':
        result.passwordHistory = numericValue(token, result.malformed);
        break;
      default:
        break; // known, but not a fact the inventory records (maxLength, notUsername, regexPattern …)
    }
  }
  result.characterClasses = classes.size;
  return result;
}
