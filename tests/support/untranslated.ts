// Test support: finds English sentences left in text meant to be Chinese (--lang zh output,
// the Chinese of a message).

/**
 * English a Chinese reader may meet on purpose: proper nouns and names of settings, standards
 * and formats as their owners write them. Everything else in Latin letters must be an id, a
 * path, a key or a value (no three English words in a row).
 */
const ALLOWED = [
  /Direct Access Grants/g, // the Keycloak client setting, as its console names it
  /NIST SP 800-63B[^（）]*/g,
  /OWASP Password Storage Cheat Sheet/g, // a cited guide's title, as OWASP writes it
  /Keycloak|Casbin|PostgreSQL|MySQL|RuoYi|PGlite|Chromium|GitHub/g,
  /pipl-audit [a-z]+(?: [a-z-]+)?/g, // a command line quoted
  /\b(?:Argon2id|scrypt|bcrypt|PBKDF2)\b/g,
  /REVOKE ALL ON[^；。]*/g, // SQL quoted in a fix
  /deleteMany where createdAt/g, // code quoted in a fix
];

/** Runs of three or more English words: a sentence left untranslated. */
export function untranslated(text: string): string[] {
  let rest = text.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
  for (const allowed of ALLOWED) rest = rest.replace(allowed, '\u0000');
  // Drop ids, paths, keys, pointers, options and quoted literals (anything with a sign a word does
  // not have); what is dropped ends a run of words.
  rest = rest.replace(/\S*[/_.:=@#*$`"<>{}[\]\\|0-9-]\S*/g, '\u0000');
  return [...rest.matchAll(/\b[A-Za-z][a-z']+(?:,? [A-Za-z][a-z']+){2,}\b/g)].map((m) => m[0]);
}

