// Which statements of a dump are run in PGlite, decided on their parsed form (libpg-query: the
// real PostgreSQL 18 parser compiled to WebAssembly, which parses without executing), never on
// their first words. Only statements that define roles, schemas, tables, columns, their types and
// sequences, views, functions (stored, never called), grants, default privileges, ownership,
// row-level security and its policies are run, and only in forms that evaluate nothing at load
// time. Statements pg_dump writes that state no privilege fact (data, indexes, triggers,
// constraints, setval …) are skipped silently; everything else is refused and reported.
//
// Expressions: column defaults, CHECK constraints, generated columns, policy USING / WITH CHECK
// and view queries are stored by CREATE, not evaluated, so they are allowed. Partition bounds are
// evaluated when the partition is created, so each bound must be a literal (or MINVALUE /
// MAXVALUE); ALTER TABLE … ADD COLUMN evaluates a default to fill existing rows, ADD CONSTRAINT
// and ALTER COLUMN TYPE plan their expressions (folding constant function calls), so an added
// column's default must be a literal and constraints are skipped (they state no privilege).
// libpg-query (WebAssembly) is loaded by loadStatementParser(), only when a dump is imported.
import { setFlagsFromString } from 'node:v8';

type PgQuery = typeof import('libpg-query');

export type StatementDecision =
  /**
   * `together`: a definition or grant that may run in one exec() with its neighbours (one
   * implicit transaction): it changes nothing about how the statements after it are read or
   * run (no SET, no set_config, no function body, no type a later statement could not use
   * within the same transaction).
   */
  | { action: 'run'; together?: boolean }
  /** Written by pg_dump, states no privilege fact: skipped without a word. */
  | { action: 'skip' }
  /** Not run, reported with its line. */
  | { action: 'refuse'; kind: string }
  /** Does not parse. */
  | { action: 'invalid'; message: string; psqlVariable: boolean };

type Node = Record<string, unknown>;

/** Settings pg_dump writes that change nothing the import reads. */
const HARMLESS_SETTINGS = new Set([
  'client_encoding',
  'standard_conforming_strings',
  'check_function_bodies',
  'xmloption',
  'client_min_messages',
  'row_security',
  'search_path',
  'default_tablespace',
  'default_table_access_method',
  'default_with_oids',
  'escape_string_warning',
  'synchronous_commit',
  'role',
  'session_authorization',
]);
/** Settings that would lift the import's own bounds, or only undo a cluster default (pg_dumpall): skipped. */
const TIMEOUT_SETTINGS = new Set(['statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'transaction_timeout', 'idle_session_timeout', 'default_transaction_read_only']);

const RUN = new Set([
  'CreateRoleStmt',
  'AlterRoleStmt',
  'AlterRoleSetStmt',
  'GrantStmt',
  'GrantRoleStmt',
  'AlterDefaultPrivilegesStmt',
  'AlterOwnerStmt',
  'CreatePolicyStmt',
  'AlterPolicyStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'ViewStmt',
  'CommentStmt',
  'CreateEnumStmt',
  'AlterEnumStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'CreateRangeStmt',
  'CreateExtensionStmt',
  'RenameStmt',
]);

/** RUN statements that may run together (see StatementDecision). */
const TOGETHER = new Set([
  'CreateRoleStmt',
  'AlterRoleStmt',
  'GrantStmt',
  'GrantRoleStmt',
  'AlterDefaultPrivilegesStmt',
  'AlterOwnerStmt',
  'CreatePolicyStmt',
  'AlterPolicyStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'CommentStmt',
]);

const SKIP = new Set([
  'InsertStmt',
  'IndexStmt',
  'CreateTrigStmt',
  'CreateEventTrigStmt',
  'RuleStmt',
  'CreateStatsStmt',
  'CreatePublicationStmt',
  'AlterPublicationStmt',
  'CreateSubscriptionStmt',
  'AlterSubscriptionStmt',
  'TransactionStmt',
  'DropStmt',
  'DropRoleStmt',
  'CreatedbStmt',
  'AlterDatabaseStmt',
  'AlterDatabaseSetStmt',
  'AlterDatabaseRefreshCollStmt',
  'CreateTableSpaceStmt',
  'ClusterStmt',
  'VacuumStmt',
  'RefreshMatViewStmt',
  'SecLabelStmt',
  'AlterEventTrigStmt',
  'AlterStatsStmt',
  'CreateForeignServerStmt',
  'AlterForeignServerStmt',
  'CreateUserMappingStmt',
  'CreateFdwStmt',
  'CreateForeignTableStmt',
  'ImportForeignSchemaStmt',
  'AlterObjectDependsStmt',
]);

const RUN_TABLE_COMMANDS = new Set([
  'AT_ChangeOwner',
  'AT_EnableRowSecurity',
  'AT_DisableRowSecurity',
  'AT_ForceRowSecurity',
  'AT_NoForceRowSecurity',
  'AT_ColumnDefault',
  'AT_AddInherit',
  'AT_AddIdentity',
  'AT_SetIdentity',
]);
const SKIP_TABLE_COMMANDS = new Set([
  'AT_AddConstraint',
  'AT_ValidateConstraint',
  'AT_DropConstraint',
  'AT_AlterConstraint',
  'AT_SetNotNull',
  'AT_DropNotNull',
  'AT_ReplicaIdentity',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_SetStatistics',
  'AT_SetStorage',
  'AT_SetCompression',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_ReplaceRelOptions',
  'AT_SetTableSpace',
  'AT_SetAccessMethod',
  'AT_SetLogged',
  'AT_SetUnLogged',
  'AT_EnableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_DisableTrig',
  'AT_EnableTrigAll',
  'AT_DisableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrigUser',
  'AT_EnableRule',
  'AT_EnableAlwaysRule',
  'AT_EnableReplicaRule',
  'AT_DisableRule',
  'AT_GenericOptions',
  'AT_AlterColumnGenericOptions',
]);

/** Languages whose function bodies PGlite stores as text (never loading native code). */
const STORED_LANGUAGES = new Set(['sql', 'plpgsql']);

let ready: Promise<void> | undefined;
let pgQuery: PgQuery | undefined;

/**
 * Loads the parser (WebAssembly) once, compiled by V8's baseline compiler (Liftoff) only. With
 * V8's default tiering, the parser's hot functions (the grammar's one huge yyparse among them)
 * are recompiled by TurboFan in background threads: measured on a dump of 6,139 statements,
 * ~0.25 s of the auditor's CPU — more than the parse itself, which Liftoff's code runs in
 * ~0.1 s (bench/README.md, "Fifth pass"). V8 fixes a module's tiers when it compiles it, so the
 * flag is set only while libpg-query compiles (its module compiles when imported) and reset
 * after; WebAssembly is deterministic, so the tier changes nothing the parser returns. Whatever
 * else compiled WebAssembly in this process in that moment would only run slower, not differently.
 */
export function loadStatementParser(): Promise<void> {
  ready ??= (async () => {
    setV8Flag('--liftoff-only');
    try {
      const module = await import('libpg-query');
      await module.loadModule();
      pgQuery = module;
    } finally {
      setV8Flag('--no-liftoff-only');
    }
  })();
  return ready;
}

/** A V8 flag set at run time; a V8 that refuses it (flags frozen) only makes the parser's first use cost more. */
function setV8Flag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    // the default tiering, as before
  }
}

/** Decides one statement; `loadStatementParser()` must have resolved. */
export function decideStatement(text: string): StatementDecision {
  if (!pgQuery) throw new Error('decideStatement() before loadStatementParser() resolved');
  let parsed: { stmts?: Array<{ stmt?: Node }> };
  try {
    parsed = pgQuery.parseSync(text) as typeof parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { action: 'invalid', message, psqlVariable: hasPsqlVariable(text) };
  }
  const stmts = parsed.stmts ?? [];
  if (stmts.length !== 1 || !stmts[0]?.stmt) return { action: 'refuse', kind: stmts.length === 0 ? 'empty statement' : 'several statements in one' };
  return decideNode(stmts[0].stmt);
}

/** Statements parsed in one call at most by decideStatements (one failed call reparses them one by one). */
const PARSE_TOGETHER = 200;
const PARSE_TOGETHER_CHARS = 256 * 1024;
const SEPARATOR = '\n;\n';

/**
 * Decides each statement as decideStatement(text) would, parsing runs of them in one parser
 * call: per call, libpg-query's JavaScript glue (copying the text in, the parse tree out as
 * JSON) costs more than the parse of a short GRANT. A run's texts are joined by `\n;\n`; its
 * parse is used only when it has exactly one statement per text and each lies between the
 * separators around its text — then every separator's `;` ended a statement (none fell inside a
 * string, identifier or comment of the text before it), so each text was read as it is read
 * alone (the lexer starts afresh after a `;`) and its tree is the same but for `location`
 * offsets, which no decision reads. Otherwise (a text that does not parse, holds several
 * statements or none, or leaves a quote or comment open) the run is decided one by one.
 */
export function decideStatements(texts: readonly string[]): StatementDecision[] {
  if (!pgQuery) throw new Error('decideStatements() before loadStatementParser() resolved');
  const decisions: StatementDecision[] = [];
  let start = 0;
  while (start < texts.length) {
    let end = start;
    let chars = 0;
    while (end < texts.length && end - start < PARSE_TOGETHER && (end === start || chars + (texts[end] as string).length <= PARSE_TOGETHER_CHARS)) {
      chars += (texts[end] as string).length + SEPARATOR.length;
      end++;
    }
    const run = texts.slice(start, end);
    const together = run.length > 1 ? decideTogether(pgQuery, run) : undefined;
    if (together) decisions.push(...together);
    else for (const text of run) decisions.push(decideStatement(text));
    start = end;
  }
  return decisions;
}

/** The decisions of `texts` parsed in one call, or undefined when that parse cannot stand for theirs one by one. */
function decideTogether(parser: PgQuery, texts: readonly string[]): StatementDecision[] | undefined {
  let parsed: { stmts?: Array<{ stmt?: Node; stmt_location?: number; stmt_len?: number }> };
  try {
    parsed = parser.parseSync(texts.join(SEPARATOR)) as typeof parsed;
  } catch {
    return undefined;
  }
  const stmts = parsed.stmts ?? [];
  if (stmts.length !== texts.length) return undefined;
  // Text i spans [begin, begin + length); the separator's `;` before it is at begin - 2, the one after it at begin + length + 1.
  const decisions: StatementDecision[] = [];
  let begin = 0;
  for (const [i, text] of texts.entries()) {
    const entry = stmts[i];
    if (!entry?.stmt) return undefined;
    const location = entry.stmt_location ?? 0;
    const stmtEnd = entry.stmt_len === undefined || entry.stmt_len === 0 ? undefined : location + entry.stmt_len;
    const after = begin + text.length + 1;
    if (location < (i === 0 ? 0 : begin - 1) || location > begin + text.length) return undefined;
    // stmt_len 0 means "to the end of the string", which only the last statement may do.
    if (stmtEnd === undefined ? i !== texts.length - 1 : stmtEnd > after) return undefined;
    decisions.push(decideNode(entry.stmt));
    begin += text.length + SEPARATOR.length;
  }
  return decisions;
}

function decideNode(stmt: Node): StatementDecision {
  const [type] = Object.keys(stmt);
  const node = (stmt[type as string] ?? {}) as Node;
  switch (type) {
    case 'VariableSetStmt':
      return decideSet(node);
    case 'SelectStmt':
      return decideSelect(node);
    case 'CreateSchemaStmt':
      return Array.isArray(node.schemaElts) && node.schemaElts.length > 0 ? refuse('CREATE SCHEMA with elements') : RUN_TOGETHER;
    case 'CreateStmt':
      return partitionBoundIsLiteral(node.partbound) ? RUN_TOGETHER : refuse('partition bound computed by an expression');
    case 'AlterTableStmt':
      return decideAlterTable(node);
    case 'CreateTableAsStmt':
      return node.objtype === 'OBJECT_MATVIEW' && (node.into as Node | undefined)?.skipData === true ? RUN_IT : refuse(node.objtype === 'OBJECT_MATVIEW' ? 'CREATE MATERIALIZED VIEW with data' : 'CREATE TABLE AS');
    case 'CreateFunctionStmt':
      return decideFunction(node);
    case 'CopyStmt':
      return node.is_from === true && node.filename === undefined && node.is_program !== true ? SKIP_IT : refuse(node.is_program === true ? 'COPY with PROGRAM' : 'COPY to or from a file');
    case 'DoStmt':
      return refuse('DO block');
    case 'CallStmt':
      return refuse('CALL');
    default:
      if (RUN.has(type as string)) return TOGETHER.has(type as string) ? RUN_TOGETHER : RUN_IT;
      if (SKIP.has(type as string)) return SKIP_IT;
      return refuse(statementName(type as string));
  }
}

const RUN_IT: StatementDecision = { action: 'run' };
const RUN_TOGETHER: StatementDecision = { action: 'run', together: true };
const SKIP_IT: StatementDecision = { action: 'skip' };

function refuse(kind: string): StatementDecision {
  return { action: 'refuse', kind };
}

function decideSet(node: Node): StatementDecision {
  const name = typeof node.name === 'string' ? node.name.toLowerCase() : '';
  if (node.kind === 'VAR_SET_MULTI') return SKIP_IT; // SET TRANSACTION …
  if (TIMEOUT_SETTINGS.has(name)) return SKIP_IT;
  if (!HARMLESS_SETTINGS.has(name)) return refuse(`SET ${name}`);
  const args = (node.args as Node[] | undefined) ?? [];
  return args.every(isLiteral) ? RUN_IT : refuse(`SET ${name} to an expression`);
}

/** Only `SELECT pg_catalog.set_config('search_path', '…', false)` runs; a lone `setval` is data. */
function decideSelect(node: Node): StatementDecision {
  const extra = Object.keys(node).filter((k) => k !== 'targetList' && k !== 'limitOption' && k !== 'op');
  const targets = (node.targetList as Node[] | undefined) ?? [];
  const call = targets.length === 1 && extra.length === 0 && node.op === 'SETOP_NONE' ? ((targets[0]?.ResTarget as Node | undefined)?.val as Node | undefined)?.FuncCall as Node | undefined : undefined;
  if (call) {
    const name = ((call.funcname as Node[] | undefined) ?? []).map((p) => (p.String as Node | undefined)?.sval);
    const plainCall = Object.keys(call).every((k) => k === 'funcname' || k === 'args' || k === 'funcformat' || k === 'location');
    const args = (call.args as Node[] | undefined) ?? [];
    const qualified = name.length === 1 || (name.length === 2 && name[0] === 'pg_catalog');
    const fn = name[name.length - 1];
    if (plainCall && qualified && args.every(isLiteral)) {
      if (fn === 'set_config' && args.length === 3) {
        const setting = String(((args[0]?.A_Const as Node | undefined)?.sval as Node | undefined)?.sval ?? '').toLowerCase();
        if (HARMLESS_SETTINGS.has(setting)) return RUN_IT;
        if (TIMEOUT_SETTINGS.has(setting)) return SKIP_IT;
      }
      if (fn === 'setval') return SKIP_IT;
    }
  }
  return refuse('SELECT');
}

function decideAlterTable(node: Node): StatementDecision {
  const commands = ((node.cmds as Node[] | undefined) ?? []).map((c) => (c.AlterTableCmd ?? {}) as Node);
  const decisions = commands.map(decideTableCommand);
  const refused = decisions.find((d) => d.action === 'refuse');
  if (refused) return refused;
  if (decisions.every((d) => d.action === 'run')) return RUN_TOGETHER;
  if (decisions.every((d) => d.action === 'skip')) return SKIP_IT;
  return refuse('ALTER TABLE mixing commands that are run and skipped');
}

function decideTableCommand(cmd: Node): StatementDecision {
  const subtype = String(cmd.subtype);
  if (RUN_TABLE_COMMANDS.has(subtype)) return RUN_IT;
  if (SKIP_TABLE_COMMANDS.has(subtype)) return SKIP_IT;
  if (subtype === 'AT_AttachPartition') return partitionBoundIsLiteral(((cmd.def as Node | undefined)?.PartitionCmd as Node | undefined)?.bound) ? RUN_IT : refuse('partition bound computed by an expression');
  if (subtype === 'AT_AddColumn') {
    const constraints = ((((cmd.def as Node | undefined)?.ColumnDef as Node | undefined)?.constraints as Node[] | undefined) ?? []).map((c) => (c.Constraint ?? {}) as Node);
    const evaluated = constraints.some((c) => (c.raw_expr !== undefined && !isLiteral(c.raw_expr as Node)) || c.contype === 'CONSTR_CHECK');
    return evaluated ? refuse('ALTER TABLE … ADD COLUMN with a computed default, generated value or CHECK') : RUN_IT;
  }
  return refuse(`ALTER TABLE ${subtype.replace(/^AT_/, '')}`);
}

function decideFunction(node: Node): StatementDecision {
  const options = ((node.options as Node[] | undefined) ?? []).map((o) => (o.DefElem ?? {}) as Node);
  const language = options.find((o) => o.defname === 'language');
  const name = String(((language?.arg as Node | undefined)?.String as Node | undefined)?.sval ?? (node.sql_body !== undefined ? 'sql' : '')).toLowerCase();
  return STORED_LANGUAGES.has(name) ? RUN_IT : refuse(`function in language ${name || '(none)'}`);
}

/** Partition bounds must be literals, MINVALUE/MAXVALUE, or hash modulus/remainder. */
function partitionBoundIsLiteral(bound: unknown): boolean {
  if (bound === undefined) return true;
  const spec = bound as Node;
  const datums = [...((spec.listdatums as Node[] | undefined) ?? []), ...((spec.lowerdatums as Node[] | undefined) ?? []), ...((spec.upperdatums as Node[] | undefined) ?? [])];
  return datums.every((d) => isLiteral(d) || isMinMax(d));
}

function isMinMax(node: Node): boolean {
  const fields = ((node.ColumnRef as Node | undefined)?.fields as Node[] | undefined) ?? [];
  const word = fields.length === 1 ? String((fields[0]?.String as Node | undefined)?.sval ?? '') : '';
  return word === 'minvalue' || word === 'maxvalue';
}

/** A constant: a literal, or a literal cast to a type (`'x'::text`), or a negated number. */
function isLiteral(node: Node | undefined): boolean {
  if (!node) return false;
  if (node.A_Const) return true;
  const cast = node.TypeCast as Node | undefined;
  if (cast) return isLiteral(cast.arg as Node);
  const op = node.A_Expr as Node | undefined;
  if (op && op.kind === 'AEXPR_OP' && op.lexpr === undefined) {
    const name = ((op.name as Node[] | undefined) ?? []).map((p) => (p.String as Node | undefined)?.sval);
    return name.length === 1 && name[0] === '-' && Boolean((op.rexpr as Node | undefined)?.A_Const);
  }
  return false;
}

/** `CreateFunctionStmt` → `CREATE FUNCTION`-like wording for a report. */
function statementName(type: string): string {
  return type
    .replace(/Stmt$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

/** A psql variable (`:name`, `:'name'`, `:"name"`, not `::type` or a slice `a[1:n]`): psql substitutes it, PostgreSQL cannot parse it. */
export function hasPsqlVariable(text: string): boolean {
  return /(?<![:\w\]]):(?:'[A-Za-z_]\w*'|"[A-Za-z_]\w*"|[A-Za-z_]\w*)/.test(text);
}
