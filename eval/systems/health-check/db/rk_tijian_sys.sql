-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.20.1.15    Database: rk_tijian
-- ------------------------------------------------------
-- Server version	8.0.36
-- 瑞康体检业务管理系统（JeecgBoot 3.5.3）系统表导出  2026-02-26  信息部 周磊
-- mysqldump -h10.20.1.15 -uroot -p --single-transaction rk_tijian sys_depart sys_user sys_role sys_user_role sys_permission sys_permission_data_rule sys_role_permission

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

--
-- Table structure for table `sys_depart`
--

DROP TABLE IF EXISTS `sys_depart`;
CREATE TABLE `sys_depart` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `parent_id` varchar(32) DEFAULT NULL COMMENT '父机构ID',
  `depart_name` varchar(100) NOT NULL COMMENT '机构/部门名称',
  `depart_name_en` varchar(500) DEFAULT NULL COMMENT '英文名',
  `org_category` varchar(10) NOT NULL DEFAULT '1' COMMENT '机构类别 1公司，2组织机构，3岗位',
  `org_code` varchar(64) NOT NULL COMMENT '机构编码',
  `del_flag` varchar(1) DEFAULT NULL COMMENT '删除状态（0，正常，1已删除）',
  `create_time` datetime DEFAULT NULL COMMENT '创建日期',
  `tenant_id` int DEFAULT '0' COMMENT '租户ID',
  PRIMARY KEY (`id`),
  KEY `idx_sd_org_code` (`org_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='组织机构表';

--
-- Dumping data for table `sys_depart`
--

LOCK TABLES `sys_depart` WRITE;
/*!40000 ALTER TABLE `sys_depart` DISABLE KEYS */;
INSERT INTO `sys_depart` VALUES ('c79ec7047f39104c8372382cb20f84c0',NULL,'瑞康健康管理集团',NULL,'1','A01','0','2021-03-01 10:00:00',0),('ee7ca9077a910b5bfa25ddaf3844909a','c79ec7047f39104c8372382cb20f84c0','信息部',NULL,'2','A01A01','0','2021-03-01 10:00:00',0),('79d0230aae4ba583a46a7db7cfc7f6df','c79ec7047f39104c8372382cb20f84c0','园区分院',NULL,'2','A01A02','0','2021-03-01 10:00:00',0),('a7044c3ab9d83a9a47af42f625f055af','c79ec7047f39104c8372382cb20f84c0','姑苏分院',NULL,'2','A01A03','0','2021-03-01 10:00:00',0),('9afe4316c4b1fc4439453bc6b7b973c5','c79ec7047f39104c8372382cb20f84c0','昆山分院',NULL,'2','A01A04','0','2021-03-01 10:00:00',0),('384ee1147c186da6557c62da700a6533','c79ec7047f39104c8372382cb20f84c0','客服中心',NULL,'2','A01A05','0','2021-03-01 10:00:00',0),('713306ae19b55721b7904810cec3a9a5','c79ec7047f39104c8372382cb20f84c0','团检事业部',NULL,'2','A01A06','0','2021-03-01 10:00:00',0),('b903b682b01c797ae19c6f40253be923','c79ec7047f39104c8372382cb20f84c0','健康管理中心',NULL,'2','A01A07','0','2021-03-01 10:00:00',0),('f79da4379733ec65cee34b418004d9d4','c79ec7047f39104c8372382cb20f84c0','质控与合规部',NULL,'2','A01A08','0','2021-03-01 10:00:00',0);
/*!40000 ALTER TABLE `sys_depart` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_user`
--

DROP TABLE IF EXISTS `sys_user`;
CREATE TABLE `sys_user` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `username` varchar(100) DEFAULT NULL COMMENT '登录账号',
  `realname` varchar(100) DEFAULT NULL COMMENT '真实姓名',
  `password` varchar(255) DEFAULT NULL COMMENT '密码',
  `salt` varchar(45) DEFAULT NULL COMMENT 'md5密码盐',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `birthday` datetime DEFAULT NULL COMMENT '生日',
  `sex` tinyint(1) DEFAULT NULL COMMENT '性别(0-默认未知,1-男,2-女)',
  `email` varchar(45) DEFAULT NULL COMMENT '电子邮件',
  `phone` varchar(45) DEFAULT NULL COMMENT '电话',
  `org_code` varchar(64) DEFAULT NULL COMMENT '登录会话的机构编码',
  `status` tinyint(1) DEFAULT NULL COMMENT '性别(1-正常,2-冻结)',
  `del_flag` tinyint(1) DEFAULT NULL COMMENT '删除状态(0-正常,1-已删除)',
  `third_id` varchar(100) DEFAULT NULL COMMENT '第三方登录的唯一标识',
  `third_type` varchar(100) DEFAULT NULL COMMENT '第三方类型',
  `activiti_sync` tinyint(1) DEFAULT NULL COMMENT '同步工作流引擎(1-同步,0-不同步)',
  `work_no` varchar(100) DEFAULT NULL COMMENT '工号，唯一键',
  `post` varchar(100) DEFAULT NULL COMMENT '职务，关联职务表',
  `telephone` varchar(45) DEFAULT NULL COMMENT '座机号',
  `create_by` varchar(32) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(32) DEFAULT NULL COMMENT '更新人',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `user_identity` tinyint(1) DEFAULT NULL COMMENT '身份（1普通成员 2上级）',
  `depart_ids` longtext COMMENT '负责部门',
  `client_id` varchar(64) DEFAULT NULL COMMENT '设备ID',
  `login_tenant_id` int DEFAULT NULL COMMENT '上次登录选择租户ID',
  `bpm_status` varchar(2) DEFAULT NULL COMMENT '流程入职离职状态',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_sys_user_work_no` (`work_no`),
  UNIQUE KEY `uniq_sys_user_username` (`username`),
  KEY `idx_su_status` (`status`),
  KEY `idx_su_del_flag` (`del_flag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户表';

--
-- Dumping data for table `sys_user`
--

LOCK TABLES `sys_user` WRITE;
/*!40000 ALTER TABLE `sys_user` DISABLE KEYS */;
INSERT INTO `sys_user` VALUES ('1b8aae0e24c06bec45776e4eca91ccac','admin','管理员','cb362cfeefbf3d8d','RCGTeGiH',NULL,NULL,1,'jeecg@163.com','18611111111','A01',1,0,NULL,NULL,1,'00001','总经理',NULL,'admin','2021-03-01 10:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('e6a2e2e684e5cee12b8daeeae4eb5b9e','zhoulei','周磊','7e1a9c04b3d25f86','Ht4kW9pQ',NULL,NULL,1,'zhoulei@ruikang-health.example','13862011234','A01A01',1,0,NULL,NULL,1,'RK0012','信息部经理',NULL,'admin','2021-03-02 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('56fe8e3773fca81f3a9e989c4308dcd3','jy_impl','金域实施-邓凯','a3f08b1c6d9e2475','Mv2xR8sN',NULL,NULL,1,'dengkai@kingmed-impl.example','13922870415','A01A01',1,0,NULL,NULL,1,NULL,'外部实施',NULL,'admin','2024-04-08 14:20:11','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('51323cf18fda6bb8d993d7545d8d90f5','qianduan01','园区前台','52c9e7a1f0b3d468','Qa7nB3eL',NULL,NULL,1,NULL,'051262880001','A01A02',1,0,NULL,NULL,1,NULL,'前台',NULL,'admin','2021-05-10 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('72eb567d45f9034c342a7548f63ea717','chenxia','陈霞','c81d4f2e9a07b365','Zp5tY1cV',NULL,NULL,1,'chenxia@ruikang-health.example','15850123376','A01A03',1,0,NULL,NULL,1,'RK2031','前台登记',NULL,'admin','2022-02-14 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('533f4545f0508a102ca391861d09726c','sunjie','孙杰','0d6b3e8f2c5a1974','Lr9gH2wK',NULL,NULL,1,'sunjie@ruikang-health.example','13776205518','A01A04',1,0,NULL,NULL,1,'RK3015','前台登记',NULL,'admin','2022-08-01 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('21e56104456f16381c37d064c7821ed5','wuhao','吴昊','e4a7c2905f1d8b36','Nc3jF6uT',NULL,NULL,1,'wuhao@ruikang-health.example','13914078823','A01A02',1,0,NULL,NULL,1,'RK1104','超声科医生',NULL,'admin','2021-06-01 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('dfa794820110812445ffed22289bd173','linyan','林燕','9b2e5d7c0a4f1368','Gy8mD4sX',NULL,NULL,1,'linyan@ruikang-health.example','18915630092','A01A04',1,0,NULL,NULL,1,'RK3102','内科医生',NULL,'admin','2023-03-20 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('4a6f22a32f435cfd018e38778df52e71','zhangmin','张敏','f3c1a8e6b2d09457','Wb6qK1zR',NULL,NULL,1,'zhangmin@ruikang-health.example','13584412760','A01A02',1,0,NULL,NULL,1,'RK1201','总检主任',NULL,'admin','2021-03-15 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('aeb683b837c2fe155c86a1470fdbe0fc','xuwen','许文','6a9d0f3b8e2c7145','Tr2vN7aH',NULL,NULL,1,'xuwen@ruikang-health.example','18936087731','A01A03',1,0,NULL,NULL,1,'RK2201','总检医生',NULL,'admin','2022-01-10 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('d473f3f92fc51e78178a004c41114092','liuqing','刘青','2f8e4b1d7c3a9056','Kd5sP9xM',NULL,NULL,1,'liuqing@ruikang-health.example','15962275184','A01A05',1,0,NULL,NULL,1,'RK5007','客服专员',NULL,'admin','2023-07-03 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('7650d5c41d2fcacaabaad1066e83e5b4','yangfan','杨帆','b5d3a0c8e1f74926','Fe1wC6yJ',NULL,NULL,1,'yangfan@ruikang-health.example','13771839640','A01A05',1,0,NULL,NULL,1,'RK5011','客服专员',NULL,'admin','2024-09-02 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('337d286c4f1b86d6842ee5769afc4c07','maxiaojun','马晓军','8c0f6e2a4b9d3517','Uh4rL8gB',NULL,NULL,1,'maxiaojun@ruikang-health.example','13506213357','A01A06',1,0,NULL,NULL,1,'RK6003','团检客户经理',NULL,'admin','2021-09-13 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('e62c95b2ca4bddd9da7967b9e07a7c6c','zhengli','郑丽','3e7b9d1f5a0c8264','Sx9kT2nQ',NULL,NULL,1,'zhengli@ruikang-health.example','18051247789','A01A06',1,0,NULL,NULL,1,'RK6009','团检客户经理',NULL,'admin','2023-02-20 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('9e774a6c8c1a23f3326b8f5ca728af50','huangli','黄丽','d0a6c4e8f2b17395','Jm3bV7dW',NULL,NULL,1,'huangli@ruikang-health.example','13962148806','A01A07',1,0,NULL,NULL,1,'RK7002','健康管理师',NULL,'admin','2022-05-16 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('236b0df50c339c831f847783389d76dc','heyu','何宇','1c5f9a3e7d0b6482','Pq6zE4hF',NULL,NULL,1,'heyu@ruikang-health.example','15151876620','A01A02',1,0,NULL,NULL,1,'RK1302','报告管理员',NULL,'admin','2021-08-09 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('d442e41d3e2ea26d2e73be4eb12b45bb','shenjun','沈军','74e2b8d0c6a1f935','Vt8yM2kC',NULL,NULL,1,'shenjun@ruikang-health.example','13606254471','A01A02',1,0,NULL,NULL,1,'RK1001','园区分院院长',NULL,'admin','2021-03-01 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('14e5f3542bad616f3c85f59505ebabb4','wangting','王婷','a9c3e1f7b5d08246','Re7uX3pN',NULL,NULL,1,'wangting@ruikang-health.example','13814550197','A01A03',2,0,NULL,NULL,1,'RK2036','前台登记',NULL,'admin','2023-04-10 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL),('70849c93d05c49395387fe9d65968153','zhaoqiang','赵强','5b1d7f3c9e0a2648','Hw2cG9tL',NULL,NULL,1,'zhaoqiang@ruikang-health.example','13913362085','A01A07',1,1,NULL,NULL,1,'RK7005','健康管理师',NULL,'admin','2022-05-16 09:00:00','admin','2025-11-03 10:12:40',1,'',NULL,0,NULL);
/*!40000 ALTER TABLE `sys_user` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_role`
--

DROP TABLE IF EXISTS `sys_role`;
CREATE TABLE `sys_role` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `role_name` varchar(200) DEFAULT NULL COMMENT '角色名称',
  `role_code` varchar(100) NOT NULL COMMENT '角色编码',
  `description` varchar(255) DEFAULT NULL COMMENT '描述',
  `create_by` varchar(32) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(32) DEFAULT NULL COMMENT '更新人',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `tenant_id` int DEFAULT '0' COMMENT '租户ID',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_sys_role_role_code` (`role_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='角色表';

--
-- Dumping data for table `sys_role`
--

LOCK TABLES `sys_role` WRITE;
/*!40000 ALTER TABLE `sys_role` DISABLE KEYS */;
INSERT INTO `sys_role` VALUES ('5dd53a59c34c9cbd48ef3fb50b0873a1','管理员','admin',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0),('4eb7ff8a8d8f53553d02ef477d23092d','前台登记','front_desk',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0),('40ba0c959a13af73a6e2da4d93a21815','科室医生','exam_doctor',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0),('3ff6029b844c944c693bb1fd48fdb4e8','总检医生','chief_doctor',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0),('d525dbb8b158cd5f9fa3a694349bc7f3','客服','kefu',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0),('ba3a7d0c8d15a183c0082673e2196a32','团检客户经理','tj_sales',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0),('540ed3e6a6c8a66cfc6c008c81ff4c0a','健康管理师','health_mgr',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0),('b409bc8d2496ad321c21c9747662fbb5','报告管理员','report_clerk',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0),('96919c95c8528e8776c7ec8b489136dd','分院院长','branch_director',NULL,'admin','2021-03-01 10:30:00',NULL,NULL,0);
/*!40000 ALTER TABLE `sys_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_user_role`
--

DROP TABLE IF EXISTS `sys_user_role`;
CREATE TABLE `sys_user_role` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `user_id` varchar(32) DEFAULT NULL COMMENT '用户id',
  `role_id` varchar(32) DEFAULT NULL COMMENT '角色id',
  `tenant_id` int DEFAULT '0' COMMENT '租户ID',
  PRIMARY KEY (`id`),
  KEY `idx_sur_user_id` (`user_id`),
  KEY `idx_sur_role_id` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户角色表';

--
-- Dumping data for table `sys_user_role`
--

LOCK TABLES `sys_user_role` WRITE;
/*!40000 ALTER TABLE `sys_user_role` DISABLE KEYS */;
INSERT INTO `sys_user_role` VALUES ('6ebd90bc74ec40b8eaeba8cf10bfea3d','1b8aae0e24c06bec45776e4eca91ccac','5dd53a59c34c9cbd48ef3fb50b0873a1',0),('5549cf1c3a8357278d20df151b1eaab0','e6a2e2e684e5cee12b8daeeae4eb5b9e','5dd53a59c34c9cbd48ef3fb50b0873a1',0),('99499dc23103263e9906a99eed3a06fe','56fe8e3773fca81f3a9e989c4308dcd3','5dd53a59c34c9cbd48ef3fb50b0873a1',0),('0087d7371cb3b0164db8737a7468fa4c','51323cf18fda6bb8d993d7545d8d90f5','4eb7ff8a8d8f53553d02ef477d23092d',0),('7bec907bc469074ef873a6ccc452c7ae','72eb567d45f9034c342a7548f63ea717','4eb7ff8a8d8f53553d02ef477d23092d',0),('86ef6c5619eb5bd0c440885a99b9234d','533f4545f0508a102ca391861d09726c','4eb7ff8a8d8f53553d02ef477d23092d',0),('d7e55f22e73b082175fdcf79a5b47a81','21e56104456f16381c37d064c7821ed5','40ba0c959a13af73a6e2da4d93a21815',0),('30a47397ab9b7d3d437f1d8adbb25564','dfa794820110812445ffed22289bd173','40ba0c959a13af73a6e2da4d93a21815',0),('3afdfe098831a06c3ce568c94d7ffb28','4a6f22a32f435cfd018e38778df52e71','3ff6029b844c944c693bb1fd48fdb4e8',0),('228d99aa6ea1deced328eb521d9db5b7','aeb683b837c2fe155c86a1470fdbe0fc','3ff6029b844c944c693bb1fd48fdb4e8',0),('cf13ca9cb9247404471b6e951ebdaf1a','d473f3f92fc51e78178a004c41114092','d525dbb8b158cd5f9fa3a694349bc7f3',0),('6e40fe31f4969632d5f28d4c1deef8c1','7650d5c41d2fcacaabaad1066e83e5b4','d525dbb8b158cd5f9fa3a694349bc7f3',0),('62b926a0bffd2ac02557f34b229cfc4b','337d286c4f1b86d6842ee5769afc4c07','ba3a7d0c8d15a183c0082673e2196a32',0),('4177682b078f514a7f84493459931d69','e62c95b2ca4bddd9da7967b9e07a7c6c','ba3a7d0c8d15a183c0082673e2196a32',0),('0855b875c6895cddf90a1cef27e1a683','9e774a6c8c1a23f3326b8f5ca728af50','540ed3e6a6c8a66cfc6c008c81ff4c0a',0),('7ea3f2c40bc21a3748ee639da1a17d95','236b0df50c339c831f847783389d76dc','b409bc8d2496ad321c21c9747662fbb5',0),('527632327e4edea9cc52f4aeed18db93','d442e41d3e2ea26d2e73be4eb12b45bb','96919c95c8528e8776c7ec8b489136dd',0),('331de5fb546d3f8a7c5e5c70b6478697','d442e41d3e2ea26d2e73be4eb12b45bb','3ff6029b844c944c693bb1fd48fdb4e8',0),('04fd0fc36c46e87d886842a8902fa3a2','14e5f3542bad616f3c85f59505ebabb4','4eb7ff8a8d8f53553d02ef477d23092d',0),('7e3e9904d3d5402a98e7e3f89dcf03cb','70849c93d05c49395387fe9d65968153','540ed3e6a6c8a66cfc6c008c81ff4c0a',0);
/*!40000 ALTER TABLE `sys_user_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_permission`
--

DROP TABLE IF EXISTS `sys_permission`;
CREATE TABLE `sys_permission` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `parent_id` varchar(32) DEFAULT NULL COMMENT '父id',
  `name` varchar(255) DEFAULT NULL COMMENT '菜单标题',
  `url` varchar(255) DEFAULT NULL COMMENT '路径',
  `component` varchar(255) DEFAULT NULL COMMENT '组件',
  `perms` varchar(1000) DEFAULT NULL COMMENT '菜单权限编码',
  `perms_type` varchar(10) DEFAULT '0' COMMENT '权限策略1显示2禁用',
  `sort_no` double(8,2) DEFAULT NULL COMMENT '菜单排序',
  `menu_type` int DEFAULT NULL COMMENT '类型（0：一级菜单；1：子菜单:2：按钮权限）',
  `is_leaf` tinyint(1) DEFAULT NULL COMMENT '是否叶子节点:    1:是   0:不是',
  `rule_flag` int DEFAULT '0' COMMENT '是否添加数据权限1是0否',
  `status` varchar(2) DEFAULT NULL COMMENT '按钮权限状态(0无效1有效)',
  `del_flag` int DEFAULT '0' COMMENT '删除状态 0正常 1已删除',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='菜单权限表';

--
-- Dumping data for table `sys_permission`
--

LOCK TABLES `sys_permission` WRITE;
/*!40000 ALTER TABLE `sys_permission` DISABLE KEYS */;
INSERT INTO `sys_permission` VALUES ('fa0ac8e9291671ade54f18d347bfe8ba',NULL,'体检业务','/tijian',NULL,NULL,'1',1.0,0,0,0,'1',0,'2021-03-01 11:00:00'),('420d9fd7f977160b4085615f585f16c0','fa0ac8e9291671ade54f18d347bfe8ba','前台登记','/tijian/register/list',NULL,'tj:register:list','1',1.0,1,1,1,'1',0,'2021-03-01 11:00:00'),('ebd1e6268e6ca9759ec13a126df86a7b','fa0ac8e9291671ade54f18d347bfe8ba','科室结果录入','/tijian/result/entry',NULL,'tj:result:entry','1',1.0,1,1,1,'1',0,'2021-03-01 11:00:00'),('a08f7df6b472eeedab9061cfaed74cb3','fa0ac8e9291671ade54f18d347bfe8ba','总检审核','/tijian/result/review',NULL,'tj:result:review','1',1.0,1,1,1,'1',0,'2021-03-01 11:00:00'),('ee8b9a396c13cc8072d1d461877aea08','fa0ac8e9291671ade54f18d347bfe8ba','报告查询','/tijian/report/query',NULL,'tj:report:query','1',1.0,1,1,0,'1',0,'2021-03-01 11:00:00'),('e7b7327c79b49a63d9728240e07a0912','fa0ac8e9291671ade54f18d347bfe8ba','报告批量导出',NULL,NULL,'tj:report:export','1',1.0,2,1,1,'1',0,'2021-03-01 11:00:00'),('352d777b0d8f22cb872ae620633f28a7',NULL,'团检管理','/group',NULL,NULL,'1',1.0,0,0,0,'1',0,'2021-03-01 11:00:00'),('4bfcb41b95c79f1ce536e7de4f0a37d4','352d777b0d8f22cb872ae620633f28a7','团检名单','/group/roster/list',NULL,'tj:group:roster','1',1.0,1,1,1,'1',0,'2021-03-01 11:00:00'),('d98bd83de35df1a95a90c864bcb100fc','352d777b0d8f22cb872ae620633f28a7','团检汇总报告导出',NULL,NULL,'tj:group:summaryExport','1',1.0,2,1,0,'1',0,'2021-03-01 11:00:00'),('87e3ea8af2088b94e813d8f320ee0500',NULL,'健康管理','/health',NULL,NULL,'1',1.0,0,0,0,'1',0,'2021-03-01 11:00:00'),('c36a4577a486113fa3b14645fe633770','87e3ea8af2088b94e813d8f320ee0500','异常随访','/health/followup/list',NULL,'hm:followup:list','1',1.0,1,1,0,'1',0,'2021-03-01 11:00:00'),('535320d221f118f7b06d8194c9ad2370',NULL,'经营看板','/dashboard/analysis',NULL,'tj:dashboard:view','1',1.0,1,1,1,'1',0,'2021-03-01 11:00:00'),('66d009b0ac954bf01e188539fd4b230a',NULL,'用户管理','/isystem/user',NULL,'system:user:list','1',1.0,1,1,0,'1',0,'2021-03-01 11:00:00');
/*!40000 ALTER TABLE `sys_permission` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_permission_data_rule`
--

DROP TABLE IF EXISTS `sys_permission_data_rule`;
CREATE TABLE `sys_permission_data_rule` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `permission_id` varchar(32) DEFAULT NULL COMMENT '菜单ID',
  `rule_name` varchar(50) DEFAULT NULL COMMENT '规则名称',
  `rule_column` varchar(50) DEFAULT NULL COMMENT '字段',
  `rule_conditions` varchar(50) DEFAULT NULL COMMENT '条件',
  `rule_value` varchar(300) DEFAULT NULL COMMENT '规则值',
  `status` varchar(3) DEFAULT NULL COMMENT '权限有效状态1有0否',
  `create_time` datetime DEFAULT NULL,
  `create_by` varchar(32) DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `update_by` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_spdr_permission_id` (`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='菜单权限规则表';

--
-- Dumping data for table `sys_permission_data_rule`
--

LOCK TABLES `sys_permission_data_rule` WRITE;
/*!40000 ALTER TABLE `sys_permission_data_rule` DISABLE KEYS */;
INSERT INTO `sys_permission_data_rule` VALUES ('60decb3192065833e001b1e34ba4ce86','420d9fd7f977160b4085615f585f16c0','本分院登记','org_code','=','#{sys_org_code}','1','2021-03-05 10:00:00','zhoulei',NULL,NULL),('21590af7775a7b923d7e48e1ed4b2adf','ebd1e6268e6ca9759ec13a126df86a7b','本分院结果','org_code','=','#{sys_org_code}','1','2021-03-05 10:00:00','zhoulei',NULL,NULL),('9aafb2f9ce6e2c8a70324a77acfda3a1','ebd1e6268e6ca9759ec13a126df86a7b','本科室','dept_code','=','#{sys_user_code}','0','2021-03-05 10:00:00','zhoulei',NULL,NULL),('9f100c89b4e9c768280e01d0ff466d34','a08f7df6b472eeedab9061cfaed74cb3','本分院总检','org_code','=','#{sys_org_code}','1','2021-03-05 10:00:00','zhoulei',NULL,NULL),('e59496bbda30cd11b455530fbcfa5794','e7b7327c79b49a63d9728240e07a0912','本分院报告','','USE_SQL_RULES','org_code in (select org_code from tj_print_task where clerk = \'#{sys_user_code}\')','1','2021-03-05 10:00:00','zhoulei',NULL,NULL),('d81ede36c0a14390b1c41fddebcdc5c1','4bfcb41b95c79f1ce536e7de4f0a37d4','本人负责单位','sales_user','=','#{sys_user_code}','1','2021-03-05 10:00:00','zhoulei',NULL,NULL),('db4b8540e1ec9f21539c112c8abc313a','535320d221f118f7b06d8194c9ad2370','本分院及下级','org_code','RIGHT_LIKE','#{sys_org_code}','1','2021-03-05 10:00:00','zhoulei',NULL,NULL);
/*!40000 ALTER TABLE `sys_permission_data_rule` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_role_permission`
--

DROP TABLE IF EXISTS `sys_role_permission`;
CREATE TABLE `sys_role_permission` (
  `id` varchar(32) NOT NULL,
  `role_id` varchar(32) DEFAULT NULL COMMENT '角色id',
  `permission_id` varchar(32) DEFAULT NULL COMMENT '权限id',
  `data_rule_ids` varchar(1000) DEFAULT NULL COMMENT '数据权限ids',
  `operate_date` datetime DEFAULT NULL COMMENT '操作时间',
  `operate_ip` varchar(100) DEFAULT NULL COMMENT '操作ip',
  PRIMARY KEY (`id`),
  KEY `idx_srp_role_per_id` (`role_id`,`permission_id`),
  KEY `idx_srp_role_id` (`role_id`),
  KEY `idx_srp_permission_id` (`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='角色权限表';

--
-- Dumping data for table `sys_role_permission`
--

LOCK TABLES `sys_role_permission` WRITE;
/*!40000 ALTER TABLE `sys_role_permission` DISABLE KEYS */;
INSERT INTO `sys_role_permission` VALUES ('74e035c6110517188f34e9eb58ab4bbb','5dd53a59c34c9cbd48ef3fb50b0873a1','fa0ac8e9291671ade54f18d347bfe8ba',NULL,'2021-03-05 10:20:00','10.20.8.31'),('5c2aa3e9b723068853ac032c2ad5e2c3','5dd53a59c34c9cbd48ef3fb50b0873a1','420d9fd7f977160b4085615f585f16c0',NULL,'2021-03-05 10:20:00','10.20.8.31'),('b71df86cc3a09a732324f2b1c60f5565','5dd53a59c34c9cbd48ef3fb50b0873a1','ebd1e6268e6ca9759ec13a126df86a7b',NULL,'2021-03-05 10:20:00','10.20.8.31'),('200358866db6dc573d169473f00c9396','5dd53a59c34c9cbd48ef3fb50b0873a1','a08f7df6b472eeedab9061cfaed74cb3',NULL,'2021-03-05 10:20:00','10.20.8.31'),('28f228d28f29ad31528165beece707bf','5dd53a59c34c9cbd48ef3fb50b0873a1','ee8b9a396c13cc8072d1d461877aea08',NULL,'2021-03-05 10:20:00','10.20.8.31'),('66c021071d85954d1df3f607f51ae2ff','5dd53a59c34c9cbd48ef3fb50b0873a1','e7b7327c79b49a63d9728240e07a0912',NULL,'2021-03-05 10:20:00','10.20.8.31'),('63c4607f8539b65e8dd77263b26430cf','5dd53a59c34c9cbd48ef3fb50b0873a1','352d777b0d8f22cb872ae620633f28a7',NULL,'2021-03-05 10:20:00','10.20.8.31'),('7ab282d25cc9555e9d39a77b7a6aaca2','5dd53a59c34c9cbd48ef3fb50b0873a1','4bfcb41b95c79f1ce536e7de4f0a37d4',NULL,'2021-03-05 10:20:00','10.20.8.31'),('c99164991bcc4497eb85398598305a10','5dd53a59c34c9cbd48ef3fb50b0873a1','d98bd83de35df1a95a90c864bcb100fc',NULL,'2021-03-05 10:20:00','10.20.8.31'),('8a7d747bc0f60e537e5ea71953e84c47','5dd53a59c34c9cbd48ef3fb50b0873a1','87e3ea8af2088b94e813d8f320ee0500',NULL,'2021-03-05 10:20:00','10.20.8.31'),('ec99569624bb08c9dc9b170b3514eb9e','5dd53a59c34c9cbd48ef3fb50b0873a1','c36a4577a486113fa3b14645fe633770',NULL,'2021-03-05 10:20:00','10.20.8.31'),('253cd060126712dd1fcae5ab2e3cfe7b','5dd53a59c34c9cbd48ef3fb50b0873a1','535320d221f118f7b06d8194c9ad2370',NULL,'2021-03-05 10:20:00','10.20.8.31'),('d4aecaf923f9f376df089f489e4d412e','5dd53a59c34c9cbd48ef3fb50b0873a1','66d009b0ac954bf01e188539fd4b230a',NULL,'2021-03-05 10:20:00','10.20.8.31'),('d9cc9f264069327afff098f62b45827c','4eb7ff8a8d8f53553d02ef477d23092d','fa0ac8e9291671ade54f18d347bfe8ba',NULL,'2021-03-05 10:20:00','10.20.8.31'),('c7ca6fafcbc112216ee76b3de9675687','4eb7ff8a8d8f53553d02ef477d23092d','420d9fd7f977160b4085615f585f16c0','60decb3192065833e001b1e34ba4ce86','2021-03-05 10:20:00','10.20.8.31'),('af6a1e56aa354c522559f93c39aef377','40ba0c959a13af73a6e2da4d93a21815','fa0ac8e9291671ade54f18d347bfe8ba',NULL,'2021-03-05 10:20:00','10.20.8.31'),('0841a8235e0dceb27b12e589c25acad5','40ba0c959a13af73a6e2da4d93a21815','ebd1e6268e6ca9759ec13a126df86a7b','21590af7775a7b923d7e48e1ed4b2adf','2021-03-05 10:20:00','10.20.8.31'),('42f84f89880eaf9e54147119eac2fd8f','3ff6029b844c944c693bb1fd48fdb4e8','fa0ac8e9291671ade54f18d347bfe8ba',NULL,'2021-03-05 10:20:00','10.20.8.31'),('e429ae6101cf7597b6f1054b8410bb4e','3ff6029b844c944c693bb1fd48fdb4e8','a08f7df6b472eeedab9061cfaed74cb3','9f100c89b4e9c768280e01d0ff466d34','2021-03-05 10:20:00','10.20.8.31'),('7e92f5ecd70daf3c9844d047a7482648','3ff6029b844c944c693bb1fd48fdb4e8','ebd1e6268e6ca9759ec13a126df86a7b','21590af7775a7b923d7e48e1ed4b2adf','2021-03-05 10:20:00','10.20.8.31'),('195293aba656a01110b886ac3abab0e3','d525dbb8b158cd5f9fa3a694349bc7f3','fa0ac8e9291671ade54f18d347bfe8ba',NULL,'2021-03-05 10:20:00','10.20.8.31'),('45ae6feee5c481039f09c2c073ba85ec','d525dbb8b158cd5f9fa3a694349bc7f3','ee8b9a396c13cc8072d1d461877aea08',NULL,'2021-03-05 10:20:00','10.20.8.31'),('3004f7ddf8eeacc455c719c7db2947a5','ba3a7d0c8d15a183c0082673e2196a32','352d777b0d8f22cb872ae620633f28a7',NULL,'2021-03-05 10:20:00','10.20.8.31'),('5dc4f58b7e74c5eb485fcbccdb611359','ba3a7d0c8d15a183c0082673e2196a32','4bfcb41b95c79f1ce536e7de4f0a37d4','d81ede36c0a14390b1c41fddebcdc5c1','2021-03-05 10:20:00','10.20.8.31'),('3a056c99e0145ff2878af3eee093d116','ba3a7d0c8d15a183c0082673e2196a32','d98bd83de35df1a95a90c864bcb100fc',NULL,'2021-03-05 10:20:00','10.20.8.31'),('82db8e919dabc5a1f8ff4fc04ef0df9b','540ed3e6a6c8a66cfc6c008c81ff4c0a','87e3ea8af2088b94e813d8f320ee0500',NULL,'2021-03-05 10:20:00','10.20.8.31'),('246e6f34844253b0e48f3e8cf74eb80b','540ed3e6a6c8a66cfc6c008c81ff4c0a','c36a4577a486113fa3b14645fe633770',NULL,'2021-03-05 10:20:00','10.20.8.31'),('aadd2481784bc605e744907dca5be309','540ed3e6a6c8a66cfc6c008c81ff4c0a','fa0ac8e9291671ade54f18d347bfe8ba',NULL,'2021-03-05 10:20:00','10.20.8.31'),('2dd6a0c35be9d04dc5a889f5392c2f65','540ed3e6a6c8a66cfc6c008c81ff4c0a','ee8b9a396c13cc8072d1d461877aea08',NULL,'2021-03-05 10:20:00','10.20.8.31'),('2a70c7acd29cef67b8912104315b472d','540ed3e6a6c8a66cfc6c008c81ff4c0a','e7b7327c79b49a63d9728240e07a0912',NULL,'2021-03-05 10:20:00','10.20.8.31'),('46d4a88623c3fec0c2a773b099218005','b409bc8d2496ad321c21c9747662fbb5','fa0ac8e9291671ade54f18d347bfe8ba',NULL,'2021-03-05 10:20:00','10.20.8.31'),('601b99d4a08c90c144d4d78da852915a','b409bc8d2496ad321c21c9747662fbb5','ee8b9a396c13cc8072d1d461877aea08',NULL,'2021-03-05 10:20:00','10.20.8.31'),('4b8627d1efa1bc92e0fe2032f9b8d9ed','b409bc8d2496ad321c21c9747662fbb5','e7b7327c79b49a63d9728240e07a0912','e59496bbda30cd11b455530fbcfa5794','2021-03-05 10:20:00','10.20.8.31'),('6a65646b12a0eeb922cbecd1d84a6147','96919c95c8528e8776c7ec8b489136dd','535320d221f118f7b06d8194c9ad2370','db4b8540e1ec9f21539c112c8abc313a','2021-03-05 10:20:00','10.20.8.31');
/*!40000 ALTER TABLE `sys_role_permission` ENABLE KEYS */;
UNLOCK TABLES;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;

-- Dump completed on 2026-02-26 18:42:07
