import pino from 'pino';

// 日志写本地文件，由 filebeat 采集到 ELK（保留 30 天）
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
