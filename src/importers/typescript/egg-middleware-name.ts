// Egg.js middleware names: a file `app/middleware/sms_limit.ts` is loaded as `app.middleware.smsLimit`
// (egg-core's loader, caseStyle 'lower'), and a router refers to it as `middleware.smsLimit(…)`
// (destructured from `app`) or `app.middleware.smsLimit(…)`.

const EGG_MIDDLEWARE_FILE = /(?:^|\/)app\/middleware\/(.+)\.[cm]?[jt]s$/;

/** `sms_limit` and `sms-limit` are loaded as `smsLimit`, the first letter lower-cased. */
function lowerCamel(segment: string): string {
  const camel = segment.replace(/[_-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
  return camel.charAt(0).toLowerCase() + camel.slice(1);
}

/** The name Egg loads a middleware file under (`app/middleware/sms_limit.ts` → `smsLimit`, nested folders joined by dots). */
export function eggMiddlewareName(path: string): string | undefined {
  const m = EGG_MIDDLEWARE_FILE.exec(path.split('\\').join('/'));
  return m?.[1] !== undefined ? m[1].split('/').map(lowerCamel).join('.') : undefined;
}

/** The middleware name a reference names (`middleware.smsLimit`, `app.middleware.smsLimit`, `this.app.middleware.smsLimit`). */
export function eggMiddlewareRef(ref: string): string | undefined {
  const m = /^(?:this\.)?(?:app\.)?middleware\.([\w$]+(?:\.[\w$]+)*)$/.exec(ref);
  return m?.[1];
}
