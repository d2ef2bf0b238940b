import { EggPlugin } from 'egg';

const plugin: EggPlugin = {
  mysql: { enable: true, package: 'egg-mysql' },
  sequelize: { enable: true, package: 'egg-sequelize' },
  redis: { enable: true, package: 'egg-redis' },
  jwt: { enable: true, package: 'egg-jwt' },
  routerPlus: { enable: true, package: 'egg-router-plus' },
};

export default plugin;
