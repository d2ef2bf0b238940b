// YAML text written by hand for `init` (so it can carry comments): scalars quoted only when
// YAML would read them otherwise, and the TODO comments that mark facts still to state.

/** A scalar as YAML reads it back unchanged: plain when safe, else double-quoted (JSON escapes are YAML's). */
export function scalar(value: string): string {
  const plain = /^[A-Za-z0-9\u4e00-\u9fff_][A-Za-z0-9\u4e00-\u9fff_./@-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|~|y|n|[0-9][0-9._-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Lines of a YAML document. */
export class YamlLines {
  readonly lines: string[] = [];

  add(line: string): this {
    this.lines.push(line);
    return this;
  }

  /** A comment `# TODO key: what to state`, at the given indentation. */
  todo(indent: string, text: string): this {
    this.lines.push(`${indent}# TODO ${text}`);
    return this;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
