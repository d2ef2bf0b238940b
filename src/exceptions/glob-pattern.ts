// The one pattern language of exceptions: `*` stands for any run of characters, everything else
// is literal, and the pattern must match the whole text.

export function globToRegExp(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 's');
}
