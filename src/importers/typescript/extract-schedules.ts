// Scheduled jobs: node-cron, cron's CronJob, node-schedule, @nestjs/schedule decorators, agenda,
// bullmq repeatable jobs and setInterval. The job's function is resolved later to see whether it
// deletes or anonymises a store.
import { ts } from './typescript-parser.js';
import { calleeName, dottedName, positionOf, propertyName } from './ast-values.js';
import type { ScheduleFact } from './code-facts.js';
import { handlerRef } from './extract-routes.js';

function text(node: ts.Expression | undefined, file: ts.SourceFile): string {
  if (!node) return '';
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isNumericLiteral(node)) return `PT${Math.max(1, Math.round(Number(node.text) / 1000))}S`;
  return node.getText(file).slice(0, 60);
}

/** Milliseconds written as a literal or a product of literals (24 * 60 * 60 * 1000). */
function millis(node: ts.Expression | undefined): number | undefined {
  if (!node) return undefined;
  if (ts.isNumericLiteral(node)) return Number(node.text.replace(/_/g, ''));
  if (ts.isParenthesizedExpression(node)) return millis(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
    const a = millis(node.left);
    const b = millis(node.right);
    return a !== undefined && b !== undefined ? a * b : undefined;
  }
  return undefined;
}

/** The callee names the forms below are called by. */
export const SCHEDULE_CALLS: ReadonlySet<string> = new Set(['schedule', 'CronJob', 'scheduleJob', 'every', 'repeatEvery', 'add', 'setInterval']);

export function scheduleFromCall(call: ts.CallExpression | ts.NewExpression, file: ts.SourceFile, path: string): ScheduleFact | undefined {
  const name = calleeName(call);
  if (name === undefined || !SCHEDULE_CALLS.has(name)) return undefined;
  const full = dottedName(call.expression) ?? '';
  const args = call.arguments ?? [];
  if (ts.isCallExpression(call) && name === 'schedule' && /cron/i.test(full) && args[1]) {
    return { library: 'node-cron', schedule: text(args[0], file), job: handlerRef(args[1], path), at: positionOf(call, file) };
  }
  if (ts.isNewExpression(call) && name === 'CronJob' && args[1]) {
    return { library: 'cron', schedule: text(args[0], file), job: handlerRef(args[1], path), at: positionOf(call, file) };
  }
  if (ts.isCallExpression(call) && name === 'scheduleJob' && args.length >= 2) {
    const fn = args[args.length - 1] as ts.Expression;
    return { library: 'node-schedule', schedule: text(args[args.length - 2], file), job: handlerRef(fn, path), at: positionOf(call, file) };
  }
  if (ts.isCallExpression(call) && (name === 'every' || name === 'repeatEvery') && /agenda/i.test(full) && args[1] && ts.isStringLiteralLike(args[1])) {
    return { library: 'agenda', schedule: text(args[0], file), job: { agendaJob: args[1].text }, at: positionOf(call, file) };
  }
  if (ts.isCallExpression(call) && name === 'add' && args[2] && ts.isObjectLiteralExpression(args[2])) {
    const repeat = args[2].properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'repeat');
    if (!repeat || !ts.isObjectLiteralExpression(repeat.initializer)) return undefined;
    const get = (n: string) => (repeat.initializer as ts.ObjectLiteralExpression).properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === n)?.initializer;
    const every = millis(get('every'));
    const schedule = text(get('pattern') ?? get('cron'), file) || (every ? `PT${Math.round(every / 1000)}S` : '');
    const receiver = ts.isPropertyAccessExpression(call.expression) ? (dottedName(call.expression.expression) ?? '') : '';
    return { library: 'bullmq', schedule, job: { queue: receiver.split('.').pop() ?? receiver }, at: positionOf(call, file) };
  }
  if (ts.isCallExpression(call) && name === 'setInterval' && ts.isIdentifier(call.expression) && args[0]) {
    const ms = millis(args[1]);
    return { library: 'setInterval', schedule: ms !== undefined ? `PT${Math.max(1, Math.round(ms / 1000))}S` : text(args[1], file), job: handlerRef(args[0], path), at: positionOf(call, file) };
  }
  return undefined;
}

/** @Cron('0 3 * * *') / @Interval(ms) on a method: the method is the job. */
export function scheduleFromDecorator(method: ts.MethodDeclaration, file: ts.SourceFile, path: string): ScheduleFact | undefined {
  for (const d of ts.getDecorators(method) ?? []) {
    if (!ts.isCallExpression(d.expression)) continue;
    const name = dottedName(d.expression.expression);
    if (name !== 'Cron' && name !== 'Interval') continue;
    const arg = d.expression.arguments[name === 'Interval' && d.expression.arguments.length > 1 ? 1 : 0];
    const schedule = name === 'Interval' ? (millis(arg) !== undefined ? `PT${Math.round((millis(arg) ?? 0) / 1000)}S` : text(arg, file)) : text(arg, file);
    return { library: 'nestjs-schedule', schedule, job: { key: `${path}@${method.pos}` }, at: positionOf(d, file) };
  }
  return undefined;
}

/** Where Egg.js loads scheduled jobs from: `app/schedule/**` of the application (or a plugin). */
const EGG_SCHEDULE_DIR = /(^|\/)app\/schedule\//;

/** A property of an object literal by name (the last one written wins, as at run time). */
function propertyOf(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  for (const p of object.properties) {
    if (ts.isPropertyAssignment(p) && propertyName(p.name) === name) found = p.initializer;
    else if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) found = p.name;
  }
  return found;
}

/**
 * An Egg.js schedule's settings `{ cron | interval, type, disable }`, when written as a literal
 * with a cron or an interval; `disabled` only when `disable: true` is written (a computed
 * `disable` - by environment, say - does not state that the job never runs).
 */
function eggSettings(node: ts.Expression | undefined, file: ts.SourceFile): { schedule: string; disabled: boolean } | undefined {
  while (node && ts.isParenthesizedExpression(node)) node = node.expression;
  if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
  const cron = propertyOf(node, 'cron');
  const interval = propertyOf(node, 'interval');
  if (!cron && !interval) return undefined;
  const disable = propertyOf(node, 'disable');
  const ms = millis(interval);
  const schedule = cron ? text(cron, file) : ms !== undefined ? `PT${Math.max(1, Math.round(ms / 1000))}S` : text(interval, file);
  return { schedule, disabled: disable?.kind === ts.SyntaxKind.TrueKeyword };
}

/** `static get schedule() { return {…}; }` or `static schedule = {…}` of a class. */
function classSettings(cls: ts.ClassDeclaration | ts.ClassExpression, file: ts.SourceFile): { schedule: string; disabled: boolean } | undefined {
  for (const member of cls.members) {
    if (!member.name || propertyName(member.name) !== 'schedule') continue;
    if (!ts.canHaveModifiers(member) || !(ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
    if (ts.isPropertyDeclaration(member)) return eggSettings(member.initializer, file);
    if (ts.isGetAccessorDeclaration(member) && member.body) {
      const ret = member.body.statements.find(ts.isReturnStatement)?.expression;
      return eggSettings(ret, file);
    }
  }
  return undefined;
}

/**
 * An Egg.js scheduled job in `app/schedule/`: the `task` function of an object that states its
 * `schedule` (`export default { schedule: { cron, type }, async task(ctx) {…} }`, also returned by
 * `module.exports = app => ({…})`), or the `subscribe` method of a class with a static `schedule`
 * (`class X extends Subscription { static get schedule() {…} async subscribe() {…} }`). `disable:
 * true` states that the job does not run.
 */
export function eggScheduleOf(fn: ts.FunctionLikeDeclaration, file: ts.SourceFile, path: string): ScheduleFact | undefined {
  if (!EGG_SCHEDULE_DIR.test(path.split('\\').join('/'))) return undefined;
  const holder = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn ? fn.parent : undefined;
  if (!holder?.name) return undefined;
  const name = propertyName(holder.name);
  let settings: { schedule: string; disabled: boolean } | undefined;
  if (name === 'task' && ts.isObjectLiteralExpression(holder.parent)) settings = eggSettings(propertyOf(holder.parent, 'schedule'), file);
  else if (name === 'subscribe' && ts.isMethodDeclaration(holder) && (ts.isClassDeclaration(holder.parent) || ts.isClassExpression(holder.parent))) settings = classSettings(holder.parent, file);
  if (!settings) return undefined;
  return {
    library: 'egg-schedule',
    schedule: settings.schedule,
    job: { key: `${path}@${fn.pos}` },
    at: positionOf(holder, file),
    ...(settings.disabled ? { disabled: true as const } : {}),
  };
}
