import { Application } from 'egg';

export default (app: Application) => {
  const { router, controller, middleware } = app;

  const consumerAuth = middleware.consumerAuth();
  const hospitalToken = middleware.hospitalToken();

  // ---------- 员工登录 ----------
  router.post('/api/auth/login', controller.auth.login);
  router.post('/api/auth/logout', controller.auth.logout);

  // ---------- 消费者端（小程序 / H5）----------
  router.post('/api/consumer/sms/send', middleware.smsLimit(), controller.consumer.auth.sendCode);
  router.post('/api/consumer/sms/login', middleware.smsLimit(), controller.consumer.auth.smsLogin);
  router.get('/api/consumer/reports', consumerAuth, controller.consumer.report.list);
  router.get('/api/consumer/reports/:id', consumerAuth, controller.consumer.report.show);
  router.post('/api/consumer/questionnaire', consumerAuth, controller.consumer.report.saveQuestionnaire);
  router.delete('/api/consumer/account', consumerAuth, controller.consumer.account.cancel);

  // ---------- 遗传咨询师 ----------
  router.get('/api/counsel/customers', middleware.role('counsellor'), controller.counsel.search);
  router.get('/api/counsel/customers/:id/report', middleware.role('counsellor'), controller.counsel.report);
  router.post('/api/counsel/records', middleware.role('counsellor'), controller.counsel.addRecord);

  // ---------- 医院销售代表 ----------
  router.get('/api/sales/nipt-cases', middleware.role('sales'), controller.sales.niptCases);
  router.get('/api/sales/hospitals', middleware.role('sales'), controller.sales.hospitals);

  // ---------- 合作医院端 ----------
  router.get('/api/hospital/cases', hospitalToken, controller.hospital.cases);
  // 医院 HIS 回调拉取报告（医院说 HIS 不支持带 token，先放开，样本号 12 位不好猜）
  router.get('/api/hospital/report/:sampleNo', controller.hospital.report);

  // ---------- 实验室 ----------
  router.get('/api/lab/samples/:barcode', middleware.role('lab'), controller.lab.sampleStatus);
  router.put('/api/lab/samples/:barcode/status', middleware.role('lab'), controller.lab.updateStatus);

  // ---------- 样本库 / 科研 ----------
  router.get('/api/research/biobank', middleware.role('biobank'), controller.research.biobankList);
  router.post('/api/research/export', middleware.role('biobank'), controller.research.exportDataset);

  // ---------- 后台管理 ----------
  const admin = app.router.namespace('/api/admin', middleware.role('admin'));
  admin.get('/users', controller.admin.user.index);
  admin.post('/users', controller.admin.user.create);
  admin.post('/users/:id/reset-password', controller.admin.user.resetPassword);
  admin.put('/users/:id/disable', controller.admin.user.disable);
  admin.get('/oper-logs', controller.admin.user.operLogs);
};
