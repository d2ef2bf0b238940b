// The statements a large pg_dump / pg_dumpall consists of almost entirely — privilege grants and
// revokes on tables, sequences and schemas, role grants, CREATE ROLE, ALTER TABLE … OWNER TO —
// recognised in a few plain forms without the parser, so that decideStatements (statement-policy.ts)
// need not parse thousands of them: a dump with 5,600 grants spent more CPU in libpg-query than
// in anything else the auditor does beside PGlite.
//
// A text is recognised only when it is, token for token, one of the forms below: words of ASCII
// letters, digits, `_` and `$` (no quotes, no comments, no literals, no `;`), `,`, `.`, `(` and
// `)`, separated by spaces, tabs and line breaks. Every such text is one statement of PostgreSQL's
// grammar whose parse tree decideStatement would decide as `run` together (GrantStmt,
// GrantRoleStmt, CreateRoleStmt, AlterTableStmt with only AT_ChangeOwner) — provided that no
// word in an identifier's place is a keyword of any kind (a keyword there either does not parse
// or parses as something else: `TO CURRENT_USER`, `ON DATABASE d`, `TO none`). recognisePlain()
// therefore returns the words in identifier places, and the caller runs them through PostgreSQL's
// own lexer (libpg-query's scanSync, one call for all distinct words) before taking the decision;
// a text with a keyword among them is parsed as before. The grammar's few checks on a name's value
// at parse time are kept out here too: `CREATE ROLE public` and `… none` do not parse.
// tests/postgresql-statement-batch.test.ts compares every decision with libpg-query's.

/** Privileges GRANT / REVOKE name on tables, sequences and schemas (each parses as a privilege word). */
const PRIVILEGES = new Set(['select', 'insert', 'update', 'delete', 'truncate', 'references', 'trigger', 'usage', 'create', 'maintain']);
/** Role-grant options (`WITH ADMIN OPTION`, PG 16's `WITH INHERIT TRUE` …). */
const ROLE_OPTIONS = new Set(['admin', 'inherit', 'set']);
const ROLE_OPTION_VALUES = new Set(['option', 'true', 'false']);

/** Only these characters: words, `,` `.` `(` `)`, spaces, tabs and line breaks. */
const PLAIN_CHARACTERS = /^[A-Za-z0-9_$,.() \t\r\n]*$/;
/** A word (a letter or `_` first), or any other character but a blank (which then fails where a word is wanted). */
const TOKENS = /[a-z_][a-z0-9_$]*|[^ \t\r\n]/g;

/**
 * The words in identifier places of `text` when it is one of the plain forms (lower-cased), or
 * undefined when it is not: such a text is decided as `run` together once none of these words
 * is a keyword.
 */
export function recognisePlain(text: string): string[] | undefined {
  if (!PLAIN_CHARACTERS.test(text)) return undefined;
  const tokens = text.toLowerCase().match(TOKENS);
  return tokens ? new Reader(tokens).statement() : undefined;
}

class Reader {
  private at = 0;
  private readonly names: string[] = [];

  constructor(private readonly tokens: readonly string[]) {}

  statement(): string[] | undefined {
    let ok: boolean;
    switch (this.tokens[0]) {
      case 'grant':
        ok = this.grant();
        break;
      case 'revoke':
        ok = this.revoke();
        break;
      case 'create':
        ok = this.createRole();
        break;
      case 'alter':
        ok = this.alterOwner();
        break;
      default:
        ok = false;
    }
    return ok && this.at === this.tokens.length ? this.names : undefined;
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private take(word: string): boolean {
    if (this.tokens[this.at] !== word) return false;
    this.at++;
    return true;
  }

  /** A word in an identifier's place (checked for keywords by the caller). */
  private name(): boolean {
    const token = this.tokens[this.at];
    // Tokens are lower-cased words (a–z or `_` first) or single characters (`,` `.` `(` `)`, a digit, `$`).
    if (token === undefined || token.charCodeAt(0) < 95) return false;
    this.names.push(token);
    this.at++;
    return true;
  }

  private list(item: () => boolean): boolean {
    if (!item()) return false;
    while (this.take(',')) if (!item()) return false;
    return true;
  }

  /** schema.name or name. */
  private qualifiedName(): boolean {
    if (!this.name()) return false;
    return this.take('.') ? this.name() : true;
  }

  /** A privilege, with the columns it is limited to. */
  private privilege(): boolean {
    const token = this.peek();
    if (token === undefined || !PRIVILEGES.has(token)) return false;
    this.at++;
    return this.take('(') ? this.list(() => this.name()) && this.take(')') : true;
  }

  private privileges(): boolean {
    if (this.take('all')) {
      this.take('privileges');
      return true;
    }
    return this.list(() => this.privilege());
  }

  /** ON [TABLE] t, … | ON SEQUENCE s, … | ON SCHEMA n, … */
  private target(): boolean {
    if (!this.take('on')) return false;
    if (this.take('schema')) return this.list(() => this.name());
    if (!this.take('table')) this.take('sequence');
    return this.list(() => this.qualifiedName());
  }

  private grantee(): boolean {
    this.take('group');
    return this.name();
  }

  private grantedBy(): boolean {
    return this.take('granted') ? this.take('by') && this.name() : true;
  }

  private grant(): boolean {
    if (!this.take('grant')) return false;
    const start = this.at;
    // GRANT privileges ON … TO …
    if (this.privileges() && this.target()) {
      if (!(this.take('to') && this.list(() => this.grantee()))) return false;
      if (this.take('with') && !(this.take('grant') && this.take('option'))) return false;
      return this.grantedBy();
    }
    // GRANT role, … TO role, … [WITH option value, …] [GRANTED BY role]
    this.at = start;
    this.names.length = 0;
    if (!(this.list(() => this.name()) && this.take('to') && this.list(() => this.name()))) return false;
    if (this.take('with') && !this.list(() => this.roleOption())) return false;
    return this.grantedBy();
  }

  private roleOption(): boolean {
    const option = this.peek();
    const value = this.tokens[this.at + 1];
    if (option === undefined || value === undefined || !ROLE_OPTIONS.has(option) || !ROLE_OPTION_VALUES.has(value)) return false;
    this.at += 2;
    return true;
  }

  /** REVOKE [GRANT OPTION FOR] privileges ON … FROM … [GRANTED BY role] [CASCADE | RESTRICT] */
  private revoke(): boolean {
    if (!this.take('revoke')) return false;
    if (this.take('grant') && !(this.take('option') && this.take('for'))) return false;
    if (!(this.privileges() && this.target() && this.take('from') && this.list(() => this.grantee()) && this.grantedBy())) return false;
    if (!this.take('cascade')) this.take('restrict');
    return true;
  }

  /** CREATE ROLE name (not `public` or `none`, which the grammar refuses as role names). */
  private createRole(): boolean {
    if (!(this.take('create') && this.take('role'))) return false;
    const role = this.peek();
    return role !== 'public' && role !== 'none' && this.name();
  }

  /** ALTER TABLE [ONLY] t OWNER TO role */
  private alterOwner(): boolean {
    if (!(this.take('alter') && this.take('table'))) return false;
    this.take('only');
    return this.qualifiedName() && this.take('owner') && this.take('to') && this.name();
  }
}
