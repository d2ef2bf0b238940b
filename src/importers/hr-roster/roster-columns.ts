// What a staff list's columns are called and what its status words mean, in Chinese and English,
// as HR systems (and the spreadsheets people keep) write them. Every list can be replaced in the
// project file (options.columns, options.statuses).

export const COLUMN_KEYS = ['employeeId', 'name', 'department', 'status', 'leaveDate', 'phone', 'email', 'username'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const DEFAULT_COLUMNS: Readonly<Record<ColumnKey, readonly string[]>> = {
  employeeId: ['工号', '员工编号', '员工工号', '职工号', '人员编号', '员工号', 'Employee ID', 'EmployeeID', 'Employee No', 'Staff ID', 'Emp No'],
  name: ['姓名', '员工姓名', '名字', 'Name', 'Full Name', 'Employee Name'],
  department: ['部门', '所属部门', '部门名称', '组织', '所属组织', 'Department', 'Dept', 'Organization Unit'],
  status: ['状态', '在职状态', '员工状态', '人员状态', '任职状态', 'Status', 'Employment Status'],
  leaveDate: ['离职日期', '离职时间', '最后工作日', 'Leave Date', 'Termination Date', 'Last Working Day', 'Separation Date'],
  phone: ['手机号', '手机', '手机号码', '联系电话', '电话', 'Mobile', 'Phone', 'Mobile Phone'],
  email: ['邮箱', '电子邮箱', '工作邮箱', '企业邮箱', 'Email', 'E-mail', 'Work Email'],
  username: ['账号', '用户名', '登录名', '登录账号', '系统账号', 'Username', 'User Name', 'Login', 'Account'],
};

export type HrState = 'employed' | 'left' | 'suspended';

export const DEFAULT_STATUSES: Readonly<Record<HrState, readonly string[]>> = {
  employed: ['在职', '正式', '试用', '试用期', '实习', '实习期', '转正', '返聘', 'active', 'employed', 'probation', 'on probation', 'intern', 'regular', 'full-time'],
  left: ['离职', '已离职', '退休', '已退休', '离退休', '辞职', '辞退', '解聘', '开除', '合同到期', 'left', 'terminated', 'resigned', 'retired', 'inactive', 'separated', 'dismissed'],
  suspended: ['停职', '停薪留职', '待岗', '长期病假', '休假', 'suspended', 'on leave', 'leave of absence'],
};

const normalise = (s: string) => s.replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();

/** The index of each column in a header row, by the names accepted for it. */
export function locateColumns(header: readonly (string | undefined)[], names: Readonly<Record<ColumnKey, readonly string[]>>): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  const cells = header.map((h) => (h === undefined ? '' : normalise(h)));
  for (const key of COLUMN_KEYS) {
    const wanted = names[key].map(normalise);
    const index = cells.findIndex((c) => c !== '' && wanted.includes(c));
    if (index >= 0) found[key] = index;
  }
  return found;
}

export function stateOf(value: string, statuses: Readonly<Record<HrState, readonly string[]>>): HrState | undefined {
  const v = normalise(value);
  return (Object.keys(statuses) as HrState[]).find((state) => statuses[state].some((s) => normalise(s) === v));
}

/** A date cell: an Excel date, YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, or an Excel serial number. */
export function dateOf(value: string | Date): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(value.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
    return date.toISOString().slice(0, 10);
  }
  if (/^\d{5}(\.\d+)?$/.test(value.trim())) {
    // Excel's serial day number (1900 date system): day 25569 is 1970-01-01.
    const date = new Date((Math.floor(Number(value)) - 25569) * 86_400_000);
    return date.toISOString().slice(0, 10);
  }
  return undefined;
}
