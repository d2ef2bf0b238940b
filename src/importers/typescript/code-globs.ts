// Glob patterns as tsconfig `include`/`exclude` and the project file's options write them:
// `**` any folders, `*` any characters but a slash, `?` one; a pattern without a file part
// (`src`) means everything under it.
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const regexes = patterns.map((p) => {
    let pattern = p.replace(/^\.\//, '').replace(/\/$/, '');
    if (!/[*?]|\.[a-z]+$/i.test(pattern.split('/').pop() ?? '')) pattern = `${pattern}/**/*`;
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i] as string;
      if (c === '*' && pattern[i + 1] === '*') {
        re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += pattern[i + 2] === '/' ? 2 : 1;
      } else if (c === '*') re += '[^/]*';
      else if (c === '?') re += '[^/]';
      else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
  });
  return (path) => regexes.some((r) => r.test(path));
}
