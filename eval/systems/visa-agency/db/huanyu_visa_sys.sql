-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
--
-- Host: 10.30.2.11    Database: huanyu_visa
-- ------------------------------------------------------
-- Server version	5.7.44-log
-- 环宇国旅签证与出境游业务系统（JeecgBoot 3.4）系统表导出，2024-10-28，信息技术部 王强

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

--
-- Table structure for table `sys_depart`
--

DROP TABLE IF EXISTS `sys_depart`;
CREATE TABLE `sys_depart` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `parent_id` varchar(32) DEFAULT NULL COMMENT '父机构ID',
  `depart_name` varchar(100) NOT NULL COMMENT '机构/部门名称',
  `org_category` varchar(10) NOT NULL DEFAULT '1' COMMENT '机构类别 1公司，2组织机构，3岗位',
  `org_code` varchar(64) NOT NULL COMMENT '机构编码',
  `del_flag` varchar(1) DEFAULT NULL COMMENT '删除状态（0，正常，1已删除）',
  `create_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_sd_org_code` (`org_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='组织机构表';

INSERT INTO `sys_depart` VALUES ('c6d7cb4deeac411cb3384b1b31278596',NULL,'环宇国旅','1','A01','0','2019-02-11 14:21:51'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a01','c6d7cb4deeac411cb3384b1b31278596','信息技术部','2','A01A01','0','2019-02-11 14:22:10'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a02','c6d7cb4deeac411cb3384b1b31278596','签证中心','2','A01A02','0','2019-02-11 14:22:31'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a03','d1a4e6b1c2f84a3e9b7a1f0c2e5d7a02','签证中心日韩组','2','A01A02A01','0','2019-03-01 09:10:00'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a04','d1a4e6b1c2f84a3e9b7a1f0c2e5d7a02','签证中心欧美组','2','A01A02A02','0','2019-03-01 09:10:00'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a05','c6d7cb4deeac411cb3384b1b31278596','门店事业部','2','A01A03','0','2019-02-11 14:23:02'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a06','d1a4e6b1c2f84a3e9b7a1f0c2e5d7a05','静安寺门店','2','A01A03A01','0','2019-02-11 14:23:40'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a07','d1a4e6b1c2f84a3e9b7a1f0c2e5d7a05','徐家汇门店','2','A01A03A02','0','2019-02-11 14:23:58'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a08','d1a4e6b1c2f84a3e9b7a1f0c2e5d7a05','五角场门店','2','A01A03A03','0','2021-06-18 10:00:00'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a09','c6d7cb4deeac411cb3384b1b31278596','市场营销部','2','A01A04','0','2019-02-11 14:24:20'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a10','c6d7cb4deeac411cb3384b1b31278596','出境游操作部','2','A01A05','0','2019-02-11 14:24:41'),('d1a4e6b1c2f84a3e9b7a1f0c2e5d7a11','c6d7cb4deeac411cb3384b1b31278596','财务部','2','A01A06','0','2019-02-11 14:25:03');

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
  `rel_tenant_ids` varchar(100) DEFAULT NULL COMMENT '多租户标识',
  `client_id` varchar(64) DEFAULT NULL COMMENT '设备ID',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_sys_user_work_no` (`work_no`),
  UNIQUE KEY `uniq_sys_user_username` (`username`),
  KEY `idx_su_status` (`status`),
  KEY `idx_su_del_flag` (`del_flag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户表';

INSERT INTO `sys_user` VALUES ('e9ca23d68d884d4ebb19d07889727dae','admin','管理员','cb362cfeefbf3d8d','RCGTeGiH',NULL,'2018-12-05 00:00:00',1,'it@huanyutravel.cn','13800000000','A01',1,0,NULL,NULL,1,'00001','总经理',NULL,NULL,'2019-02-11 14:30:00','admin','2024-06-03 09:12:44',2,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f701','wangqiang','王强','4f9d2c1a7be05e3d','Kx8vQ2mP',NULL,NULL,1,'wangqiang@huanyutravel.cn','13916624501','A01A01',1,0,NULL,NULL,1,'HY0003','信息技术主管',NULL,'admin','2019-02-12 10:00:00','admin','2024-02-19 16:40:11',2,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f702','zhangli','张丽','a81c7f03d29e64b1','Tq3nW7yR',NULL,NULL,2,'zhangli@huanyutravel.cn','13761905532','A01A03A01',1,0,NULL,NULL,1,'HY1021','门店销售顾问',NULL,'admin','2020-04-07 09:30:00','admin','2024-05-11 11:02:37',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f703','chenjie','陈杰','5d0e9b27c4a1f836','Hb6sL1xZ',NULL,NULL,1,'chenjie@huanyutravel.cn','13601827719','A01A03A02',1,0,NULL,NULL,1,'HY1034','门店销售顾问',NULL,'admin','2021-03-15 09:30:00','admin','2023-11-20 14:15:02',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f704','liuyang','刘洋','e2b47a90d13c5f68','Pw9kD4vN',NULL,NULL,1,'liuyang@huanyutravel.cn','18917730264','A01A03A01',1,0,NULL,NULL,1,'HY1045','门店销售顾问',NULL,'admin','2022-07-01 09:30:00','admin','2023-09-04 10:20:45',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f705','zhaolei','赵磊','7c3f1e08b95a2d64','Ry2mH8cJ',NULL,NULL,1,'zhaolei@huanyutravel.cn','13501679843','A01A03A03',2,0,NULL,NULL,1,'HY1050','门店销售顾问',NULL,'admin','2022-09-13 09:30:00','wangqiang','2024-03-29 17:45:00',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f706','huangjing','黄静','b6a9d2e41f07c385','Vn5tG3qK',NULL,NULL,2,'huangjing@huanyutravel.cn','13817452290','A01A02',1,0,NULL,NULL,1,'HY2001','签证中心经理',NULL,'admin','2019-02-20 09:00:00','admin','2024-01-08 09:00:12',2,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f707','zhouwei','周伟','39f0c6e7a2d4b815','Lm4xF9wT',NULL,NULL,1,'zhouwei@huanyutravel.cn','13764018835','A01A02A01',1,0,NULL,NULL,1,'HY2002','签证专员',NULL,'admin','2019-05-06 09:00:00','admin','2024-04-22 10:31:50',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f708','sunmei','孙梅','c4e18b70f3a95d26','Ud7pS2nB',NULL,NULL,2,'sunmei@huanyutravel.cn','15021346678','A01A02A02',1,0,NULL,NULL,1,'HY2008','签证专员',NULL,'admin','2020-10-12 09:00:00','admin','2024-04-22 10:32:18',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f709','linfeng','林峰','8d25f4a6c07e1b93','Ja1rC6zY',NULL,NULL,1,'linfeng@huanyutravel.cn','13918830057','A01A05',1,0,NULL,NULL,1,'HY3005','出境游计调',NULL,'admin','2019-08-19 09:00:00','admin','2024-06-17 15:22:04',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f710','xuting','徐婷','f1d7a3c9e5b20864','Ce8wK5hM',NULL,NULL,2,'xuting@huanyutravel.cn','18621459970','A01A04',1,0,NULL,NULL,1,'HY4003','会员营销专员',NULL,'admin','2021-11-01 09:00:00','admin','2024-07-02 13:48:26',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f711','yx_ocr','易讯实施-何帆','06b8e3d1f9c4a275','Xo3bN7eQ',NULL,NULL,1,'hefan@yixun-ai.com','17717208841','A01A02',1,0,NULL,NULL,1,'YX-002','外包实施',NULL,'wangqiang','2024-05-20 15:06:31','wangqiang','2024-05-20 15:06:31',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f712','qianbo','钱波','2a7d9c4e6f1b0835','Gz5vT1sP',NULL,NULL,1,'qianbo@huanyutravel.cn','13651893320','A01A03A02',2,1,NULL,NULL,1,'HY1012','门店销售顾问',NULL,'admin','2019-03-01 09:30:00','admin','2021-12-31 18:00:00',1,'',NULL,NULL),('1f2a3b4c5d6e7f8091a2b3c4d5e6f713','wuxia','吴霞','d93b5f2a8c6e0147','Fh2qW8rD',NULL,NULL,2,'wuxia@huanyutravel.cn','13482076615','A01A06',1,0,NULL,NULL,1,'HY5002','会计',NULL,'admin','2019-02-25 09:00:00','admin','2023-12-01 09:40:00',1,'',NULL,NULL);

--
-- Table structure for table `sys_role`
--

DROP TABLE IF EXISTS `sys_role`;
CREATE TABLE `sys_role` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `role_name` varchar(200) DEFAULT NULL COMMENT '角色名称',
  `role_code` varchar(100) NOT NULL COMMENT '角色编码',
  `description` varchar(255) DEFAULT NULL COMMENT '描述',
  `create_by` varchar(32) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_by` varchar(32) DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_sys_role_role_code` (`role_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='角色表';

INSERT INTO `sys_role` VALUES ('f6817f48af4fb3af11b9e8bf182f618b','管理员','admin','管理员','admin','2018-12-21 18:03:39','admin','2019-05-20 11:40:26'),('a1b2c3d4e5f60718293a4b5c6d7e8f01','门店销售顾问','store_sales','门店收客、代办签证','admin','2019-02-12 10:10:00',NULL,NULL),('a1b2c3d4e5f60718293a4b5c6d7e8f02','签证专员','visa_officer','审核签证材料、递交使馆','admin','2019-02-12 10:11:00',NULL,NULL),('a1b2c3d4e5f60718293a4b5c6d7e8f03','签证中心经理','visa_manager','签证中心管理','admin','2019-02-12 10:12:00',NULL,NULL),('a1b2c3d4e5f60718293a4b5c6d7e8f04','出境游计调','tour_operator','团队操作、名单','admin','2019-02-12 10:13:00',NULL,NULL),('a1b2c3d4e5f60718293a4b5c6d7e8f05','会员营销','marketing','会员营销、短信推送','admin','2021-11-01 09:00:00',NULL,NULL),('a1b2c3d4e5f60718293a4b5c6d7e8f06','财务','finance','结算对账','admin','2019-02-12 10:14:00',NULL,NULL);

--
-- Table structure for table `sys_user_role`
--

DROP TABLE IF EXISTS `sys_user_role`;
CREATE TABLE `sys_user_role` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `user_id` varchar(32) DEFAULT NULL COMMENT '用户id',
  `role_id` varchar(32) DEFAULT NULL COMMENT '角色id',
  PRIMARY KEY (`id`),
  KEY `idx_sur_user_id` (`user_id`),
  KEY `idx_sur_role_id` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户角色表';

INSERT INTO `sys_user_role` VALUES ('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b201','e9ca23d68d884d4ebb19d07889727dae','f6817f48af4fb3af11b9e8bf182f618b'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b202','1f2a3b4c5d6e7f8091a2b3c4d5e6f701','f6817f48af4fb3af11b9e8bf182f618b'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b203','1f2a3b4c5d6e7f8091a2b3c4d5e6f702','a1b2c3d4e5f60718293a4b5c6d7e8f01'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b204','1f2a3b4c5d6e7f8091a2b3c4d5e6f703','a1b2c3d4e5f60718293a4b5c6d7e8f01'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b205','1f2a3b4c5d6e7f8091a2b3c4d5e6f704','a1b2c3d4e5f60718293a4b5c6d7e8f01'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b206','1f2a3b4c5d6e7f8091a2b3c4d5e6f705','a1b2c3d4e5f60718293a4b5c6d7e8f01'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b207','1f2a3b4c5d6e7f8091a2b3c4d5e6f706','a1b2c3d4e5f60718293a4b5c6d7e8f03'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b208','1f2a3b4c5d6e7f8091a2b3c4d5e6f707','a1b2c3d4e5f60718293a4b5c6d7e8f02'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b209','1f2a3b4c5d6e7f8091a2b3c4d5e6f708','a1b2c3d4e5f60718293a4b5c6d7e8f02'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b210','1f2a3b4c5d6e7f8091a2b3c4d5e6f709','a1b2c3d4e5f60718293a4b5c6d7e8f04'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b211','1f2a3b4c5d6e7f8091a2b3c4d5e6f710','a1b2c3d4e5f60718293a4b5c6d7e8f05'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b212','1f2a3b4c5d6e7f8091a2b3c4d5e6f711','a1b2c3d4e5f60718293a4b5c6d7e8f03'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b213','1f2a3b4c5d6e7f8091a2b3c4d5e6f712','a1b2c3d4e5f60718293a4b5c6d7e8f01'),('b3a1c9e0f2d4e6a8b0c2d4e6f8a0b214','1f2a3b4c5d6e7f8091a2b3c4d5e6f713','a1b2c3d4e5f60718293a4b5c6d7e8f06');

--
-- Table structure for table `sys_permission`
--

DROP TABLE IF EXISTS `sys_permission`;
CREATE TABLE `sys_permission` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `parent_id` varchar(32) DEFAULT NULL COMMENT '父id',
  `name` varchar(100) DEFAULT NULL COMMENT '菜单标题',
  `url` varchar(255) DEFAULT NULL COMMENT '路径',
  `component` varchar(255) DEFAULT NULL COMMENT '组件',
  `perms` varchar(1000) DEFAULT NULL COMMENT '菜单权限编码',
  `perms_type` varchar(10) DEFAULT '0' COMMENT '权限策略1显示2禁用',
  `sort_no` double(8,2) DEFAULT NULL COMMENT '菜单排序',
  `menu_type` int(11) DEFAULT NULL COMMENT '类型（0：一级菜单；1：子菜单:2：按钮权限）',
  `is_leaf` tinyint(1) DEFAULT NULL COMMENT '是否叶子节点:    1:是   0:不是',
  `rule_flag` int(3) DEFAULT '0' COMMENT '是否添加数据权限1是0否',
  `status` varchar(2) DEFAULT NULL COMMENT '按钮权限状态(0无效1有效)',
  `del_flag` int(1) DEFAULT '0' COMMENT '删除状态 0正常 1已删除',
  `create_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='菜单权限表';

INSERT INTO `sys_permission` VALUES ('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e01',NULL,'签证管理','/visa',NULL,NULL,'1',2.00,0,0,0,'1',0,'2019-02-12 11:00:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e02','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e01','签证申请列表','/visa/apply/list','visa/apply/VisaApplyList','visa:apply:list','1',1.00,1,1,1,'1',0,'2019-02-12 11:01:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e03','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e01','签证材料查看','/visa/material/view','visa/material/MaterialView','visa:material:view','1',2.00,1,1,1,'1',0,'2019-02-12 11:02:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e04','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e01','签证材料批量导出',NULL,NULL,'visa:material:export','1',3.00,2,1,0,'1',0,'2020-06-30 16:20:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e05',NULL,'客户管理','/customer',NULL,NULL,'1',3.00,0,0,0,'1',0,'2019-02-12 11:05:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e06','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e05','客户档案','/customer/profile/list','customer/ProfileList','customer:profile:list','1',1.00,1,1,1,'1',0,'2019-02-12 11:06:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e07','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e05','客户档案导出',NULL,NULL,'customer:profile:export','1',2.00,2,1,0,'1',0,'2021-11-05 10:00:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e08',NULL,'出境游','/tour',NULL,NULL,'1',4.00,0,0,0,'1',0,'2019-02-12 11:08:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e09','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e08','团队游客名单','/tour/traveller/list','tour/TravellerList','tour:traveller:list','1',1.00,1,1,1,'1',0,'2019-02-12 11:09:00'),('7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e10',NULL,'财务结算','/finance/settle','finance/SettleList','finance:settle:list','1',5.00,1,1,0,'1',0,'2019-02-12 11:10:00');

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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='数据权限规则表';

INSERT INTO `sys_permission_data_rule` VALUES ('9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c01','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e02','本门店申请','store_org_code','=','#{sys_org_code}','1','2019-02-12 11:30:00','admin',NULL,NULL),('9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c02','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e02','本签证组申请','visa_group_code','=','#{sys_org_code}','1','2019-03-01 09:20:00','admin',NULL,NULL),('9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c03','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e03','本签证组材料','visa_group_code','=','#{sys_org_code}','1','2019-03-01 09:21:00','admin',NULL,NULL),('9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c04','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e06','本门店客户','store_org_code','=','#{sys_org_code}','1','2019-02-12 11:31:00','admin',NULL,NULL),('9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c05','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e09','本人操作团队','op_user','=','#{sys_user_code}','1','2019-02-12 11:32:00','admin',NULL,NULL),('9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c06','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e06','近三年客户','last_order_date','>=','#{sys_date}','0','2021-11-05 10:10:00','xuting','2021-11-08 09:00:00','admin');

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
  KEY `idx_srp_role_per_id` (`role_id`,`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='角色权限表';

INSERT INTO `sys_role_permission` VALUES ('0a1b2c3d4e5f60718293a4b5c6d7e001','f6817f48af4fb3af11b9e8bf182f618b','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e02',NULL,'2019-02-12 12:00:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e002','f6817f48af4fb3af11b9e8bf182f618b','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e03',NULL,'2019-02-12 12:00:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e003','f6817f48af4fb3af11b9e8bf182f618b','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e04',NULL,'2020-06-30 16:25:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e004','f6817f48af4fb3af11b9e8bf182f618b','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e06',NULL,'2019-02-12 12:00:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e005','f6817f48af4fb3af11b9e8bf182f618b','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e07',NULL,'2021-11-05 10:05:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e006','f6817f48af4fb3af11b9e8bf182f618b','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e09',NULL,'2019-02-12 12:00:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e011','a1b2c3d4e5f60718293a4b5c6d7e8f01','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e02','9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c01','2019-02-12 12:10:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e012','a1b2c3d4e5f60718293a4b5c6d7e8f01','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e06','9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c04','2019-02-12 12:10:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e021','a1b2c3d4e5f60718293a4b5c6d7e8f02','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e02','9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c02','2019-03-01 09:30:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e022','a1b2c3d4e5f60718293a4b5c6d7e8f02','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e03','9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c03','2019-03-01 09:30:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e031','a1b2c3d4e5f60718293a4b5c6d7e8f03','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e02',NULL,'2019-02-12 12:20:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e032','a1b2c3d4e5f60718293a4b5c6d7e8f03','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e03',NULL,'2019-02-12 12:20:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e033','a1b2c3d4e5f60718293a4b5c6d7e8f03','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e04',NULL,'2020-06-30 16:25:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e041','a1b2c3d4e5f60718293a4b5c6d7e8f04','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e09','9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c05','2019-02-12 12:30:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e051','a1b2c3d4e5f60718293a4b5c6d7e8f05','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e06',NULL,'2021-11-05 10:06:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e052','a1b2c3d4e5f60718293a4b5c6d7e8f05','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e07',NULL,'2021-11-05 10:06:00','10.30.1.5'),('0a1b2c3d4e5f60718293a4b5c6d7e061','a1b2c3d4e5f60718293a4b5c6d7e8f06','7c1d9e2f3a4b5c6d7e8f9a0b1c2d3e10',NULL,'2019-02-12 12:40:00','10.30.1.5');

/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2024-10-28 18:02:47
