// Whether grants read from link tables last until someone deletes the row. RuoYi's sys_role_menu
// and sys_user_role, and JeecgBoot's sys_role_permission and sys_user_role, have no column for
// when a grant or an assignment ends; a fork may add one (expire_time, valid_until).
import type { DumpTable } from './dump-tables.js';

/** A column that could hold when a grant or a role assignment ends. */
const END_DATE_COLUMN = /expir|valid|until|deadline|end_?(time|date|at)|effective/i;

/**
 * True where the dump's CREATE TABLE of every one of these tables was read and none has a column
 * that could hold an end date; false when a table or its definition is missing (unknown, so unstated).
 */
export function noEndDateColumn(tables: ReadonlyArray<DumpTable | undefined>): boolean {
  return tables.every((t) => t !== undefined && t.columns.length > 0 && !t.columns.some((c) => END_DATE_COLUMN.test(c)));
}
