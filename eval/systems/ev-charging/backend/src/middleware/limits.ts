import rateLimit from 'express-rate-limit';

// 短信验证码：每个 IP 每分钟 3 次
export const smsLimiter = rateLimit({ windowMs: 60_000, max: 3, standardHeaders: true, legacyHeaders: false });

// App 登录：每个 IP 每 15 分钟 20 次
export const loginLimiter = rateLimit({ windowMs: 15 * 60_000, max: 20 });
