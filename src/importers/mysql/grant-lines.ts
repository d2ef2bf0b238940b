// The statements of a MySQL grant listing, each with its line: `SHOW GRANTS` as the mysql client
// prints it (with or without its table borders and "Grants for user@host" headers) and
// pt-show-grants output (-- comments, CREATE USER / ALTER USER … IDENTIFIED WITH, GRANT lines
// ending in ";"), SHOW CREATE USER output, and the account statements of mysqlpump --users and
// mariadb-dump --system=users (versioned comments unwrapped), and the row of SHOW GLOBAL VARIABLES
// LIKE 'activate_all_roles_on_login' (table, tab-separated or vertical). A statement may continue
// over several lines until ";" or the next statement.

export interface GrantStatement {
  text: string;
  line: number;
}

const STATEMENT_START = /^(GRANT|REVOKE|CREATE\s+USER|ALTER\s+USER|CREATE\s+ROLE|SET\s+DEFAULT\s+ROLE|DROP\s+USER|DROP\s+ROLE|FLUSH|SET\s+(?:GLOBAL\s+|PERSIST\s+|PERSIST_ONLY\s+|@@(?:GLOBAL\.|PERSIST\.)?)?activate_all_roles_on_login)\b/i;
// A statement a dump wraps in a versioned comment (mysqlpump, mariadb-dump --system=users):
// `/*!80001 ALTER USER … DEFAULT ROLE … */;`, `/*M!100005 SET DEFAULT ROLE … */;`.
const VERSIONED = /^\/\*M?!\d*\s*([\s\S]*?)\s*\*\/\s*(;?)\s*$/;
const BORDER = /^\+[-+]*\+$/;
// The row of `SHOW GLOBAL VARIABLES LIKE 'activate_all_roles_on_login'` as the client prints it:
// in its table (`| activate_all_roles_on_login | OFF |`, borders already taken off) or tab-separated
// (`mysql -B`). Read as the statement of the variable, `SET GLOBAL activate_all_roles_on_login = OFF`.
const VARIABLE_ROW = /^activate_all_roles_on_login\s*(?:\||\t)\s*(\w+)$/i;
// The same variable in vertical output (`\G`): `Variable_name: activate_all_roles_on_login`, then `Value: OFF`.
const VERTICAL_NAME = /^Variable_name:\s*activate_all_roles_on_login$/i;
const VERTICAL_VALUE = /^Value:\s*(\w+)$/i;

export function grantStatements(text: string): GrantStatement[] {
  const out: GrantStatement[] = [];
  let current: GrantStatement | undefined;
  const flush = () => {
    if (current) out.push({ text: current.text.trim().replace(/;\s*$/, ''), line: current.line });
    current = undefined;
  };
  let verticalVariable = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    let line = raw.trim();
    if (BORDER.test(line)) return flush();
    // A row of the client's table: "| GRANT … |".
    if (line.startsWith('|') && line.endsWith('|')) line = line.slice(1, -1).trim();
    const variable = VARIABLE_ROW.exec(line) ?? (verticalVariable ? VERTICAL_VALUE.exec(line) : null);
    verticalVariable = VERTICAL_NAME.test(line);
    if (variable) {
      flush();
      out.push({ text: `SET GLOBAL activate_all_roles_on_login = ${variable[1]}`, line: i + 1 });
      return;
    }
    if (verticalVariable) return flush();
    if (line === '' || line.startsWith('--') || line.startsWith('#') || /^(Grants|CREATE USER) for \S+$/i.test(line) || /^\d+ rows? in set/i.test(line) || /^\*+ \d+\. row \*+$/.test(line)) return flush();
    const versioned = VERSIONED.exec(line);
    if (versioned) line = `${versioned[1]};`;
    line = line.replace(/^mysql>\s*/i, '').replace(/^(?:Grants|CREATE USER) for [^:\s]+:\s*/i, '');
    if (STATEMENT_START.test(line)) {
      flush();
      current = { text: line, line: i + 1 };
    } else if (current) current.text += ` ${line}`;
    else return;
    if (/;\s*$/.test(line)) flush();
  });
  flush();
  return out;
}
