import { EggAppConfig, EggAppInfo, PowerPartial } from 'egg';

export default (appInfo: EggAppInfo) => {
  const config = {} as PowerPartial<EggAppConfig>;

  config.keys = appInfo.name + '_1587003210871_4417';

  // 全局中间件：错误处理 → 员工登录校验 → 操作日志
  config.middleware = ['errorHandler', 'staffAuth', 'operationLog'];

  // 员工后台之外的入口不走员工登录：消费者端（自有 token）、医院端（医院 token）、登录接口本身
  config.staffAuth = {
    ignore: ['/api/auth/login', '/api/consumer', '/api/hospital'],
  };

  // 操作日志只记后台管理与科研导出（2021 年等保整改时加的）
  config.operationLog = {
    match: ['/api/admin', '/api/research'],
  };

  config.jwt = {
    secret: 'huayin-gene-lims-2020',
  };

  config.mysql = {
    client: {
      host: process.env.LIMS_DB_HOST || '10.30.2.15',
      port: 3306,
      user: 'hy_app',
      password: process.env.LIMS_DB_PASSWORD,
      database: 'hy_lims',
    },
    app: true,
    agent: false,
  };

  config.sequelize = {
    dialect: 'mysql',
    host: process.env.LIMS_DB_HOST || '10.30.2.15',
    port: 3306,
    username: 'hy_app',
    password: process.env.LIMS_DB_PASSWORD,
    database: 'hy_lims',
    timezone: '+08:00',
  };

  config.redis = {
    client: { host: '10.30.2.20', port: 6379, password: process.env.REDIS_PASSWORD, db: 3 },
  };

  config.security = {
    csrf: { enable: false },
  };

  // 业务配置
  config.biz = {
    // 身份证号字段加密（AES-128-ECB），2019 年上线时定的 key，迁移成本高暂未改
    idCardAesKey: 'Hy2019@GeneKey#1',
    staffTokenExpiresIn: '30d',
    consumerTokenExpiresIn: '2h',
    oss: {
      region: 'oss-cn-shenzhen',
      reportBucket: 'hy-report-pdf',
      rawBucket: 'hy-seq-raw',
      internal: true,
    },
  };

  return config;
};
