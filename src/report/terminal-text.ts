// Text from the inputs as a terminal may show it: control characters — ESC and with it every
// ANSI escape sequence, BEL, backspace, carriage return, DEL and the C1 controls — are removed,
// and line breaks and tabs become spaces, so a file name or a role name cannot move the cursor,
// recolour the screen, forge a line of the report or hide one.

// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(CONTROL, '').replace(/[\t\n]+/g, ' ');
}

/** The same for every string inside a value (a finding, an exception outcome), copied. */
export function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => terminalSafe(v)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafe(v)])) as T;
  return value;
}
