// Id patterns of overlay selectors: * any run of characters, ? exactly one, everything else
// literal. Matched without a regular expression, in time proportional to pattern × id length
// (a hostile pattern such as *a*a*a*a*b cannot make the matcher backtrack exponentially).

export function matchesPattern(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === '*') {
      starAt = p++;
      resumeAt = t;
    } else if (c !== undefined && (c === '?' || c === text[t])) {
      p++;
      t++;
    } else if (starAt >= 0) {
      p = starAt + 1;
      t = ++resumeAt;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}
