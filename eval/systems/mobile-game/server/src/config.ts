export const config = {
  mongoUrl: process.env.MONGO_URL || 'mongodb://10.8.0.21:27017/huanyu',
  redisUrl: process.env.REDIS_URL || 'redis://10.8.0.22:6379/2',
  nppa: {
    appId: process.env.NPPA_APP_ID,
    bizId: process.env.NPPA_BIZ_ID,
    secretKey: process.env.NPPA_SECRET_KEY,
    checkUrl: 'https://api.wlc.nppa.gov.cn/idcard/authentication/check',
  },
  adlytics: { endpoint: 'https://collect.adlytics.io/v2/events', appKey: 'ak_live_7f3c9a21' },
};
