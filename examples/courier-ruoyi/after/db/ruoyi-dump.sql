-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.20.1.15    Database: outlet_admin
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;

-- The same back office after the rectification: the outlet supervisor's data scope is its own
-- outlet (3) and couriers' their own rows (5); the supervisor lost the export and the right to
-- delete the operation log; the demo account ry is disabled and admin has a password of its own;
-- the migrated MD5 password was reset to BCrypt; passwords expire after 90 days; the waybill
-- lookup is logged (@Log on the query). 整改后的网点管理后台数据库导出。

--
-- Table structure for table `sys_config`
--

DROP TABLE IF EXISTS `sys_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_config` (
  `config_id` int NOT NULL AUTO_INCREMENT COMMENT '参数主键',
  `config_name` varchar(100) DEFAULT '' COMMENT '参数名称',
  `config_key` varchar(100) DEFAULT '' COMMENT '参数键名',
  `config_value` varchar(500) DEFAULT '' COMMENT '参数键值',
  `config_type` char(1) DEFAULT 'N' COMMENT '系统内置（Y是 N否）',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`config_id`)
) ENGINE=InnoDB AUTO_INCREMENT=100 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='参数配置表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_config` WRITE;
/*!40000 ALTER TABLE `sys_config` DISABLE KEYS */;
INSERT INTO `sys_config` VALUES (2,'用户管理-账号初始密码','sys.user.initPassword','123456','Y','admin','2021-03-01 09:00:00','',NULL,'初始化密码 123456'),(5,'账号自助-是否开启用户注册功能','sys.account.registerUser','false','Y','admin','2021-03-01 09:00:00','',NULL,'是否开启注册用户功能（true开启，false关闭）'),(8,'用户管理-账号密码更新周期','sys.account.passwordValidateDays','90','Y','admin','2021-03-01 09:00:00','',NULL,'密码更新周期（填写数字，数据初始化值为0不限制）');
/*!40000 ALTER TABLE `sys_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_dept`
--

DROP TABLE IF EXISTS `sys_dept`;
CREATE TABLE `sys_dept` (
  `dept_id` bigint NOT NULL AUTO_INCREMENT COMMENT '部门id',
  `parent_id` bigint DEFAULT '0' COMMENT '父部门id',
  `ancestors` varchar(50) DEFAULT '' COMMENT '祖级列表',
  `dept_name` varchar(30) DEFAULT '' COMMENT '部门名称',
  `order_num` int DEFAULT '0' COMMENT '显示顺序',
  `leader` varchar(20) DEFAULT NULL COMMENT '负责人',
  `phone` varchar(11) DEFAULT NULL COMMENT '联系电话',
  `email` varchar(50) DEFAULT NULL COMMENT '邮箱',
  `status` char(1) DEFAULT '0' COMMENT '部门状态（0正常 1停用）',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志（0代表存在 2代表删除）',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`dept_id`)
) ENGINE=InnoDB AUTO_INCREMENT=300 DEFAULT CHARSET=utf8mb4 COMMENT='部门表';

LOCK TABLES `sys_dept` WRITE;
INSERT INTO `sys_dept` VALUES (100,0,'0','顺达速运',0,'陈总','13900000000','hq@example.cn','0','0','admin','2021-03-01 09:00:00','',NULL),(101,100,'0,100','深圳分公司',1,'刘经理','13900000001',NULL,'0','0','admin','2021-03-01 09:00:00','',NULL),(102,101,'0,100,101','宝安片区',1,'周主任',NULL,NULL,'0','0','admin','2021-03-01 09:00:00','',NULL),(201,102,'0,100,101,102','宝安西乡网点',1,'张伟',NULL,NULL,'0','0','admin','2021-03-01 09:00:00','',NULL),(202,102,'0,100,101,102','宝安福永网点',2,'孙丽',NULL,NULL,'0','0','admin','2021-03-01 09:00:00','',NULL);
UNLOCK TABLES;

--
-- Table structure for table `sys_logininfor`
--

DROP TABLE IF EXISTS `sys_logininfor`;
CREATE TABLE `sys_logininfor` (
  `info_id` bigint NOT NULL AUTO_INCREMENT COMMENT '访问ID',
  `user_name` varchar(50) DEFAULT '' COMMENT '用户账号',
  `ipaddr` varchar(128) DEFAULT '' COMMENT '登录IP地址',
  `login_location` varchar(255) DEFAULT '' COMMENT '登录地点',
  `browser` varchar(50) DEFAULT '' COMMENT '浏览器类型',
  `os` varchar(50) DEFAULT '' COMMENT '操作系统',
  `status` char(1) DEFAULT '0' COMMENT '登录状态（0成功 1失败）',
  `msg` varchar(255) DEFAULT '' COMMENT '提示消息',
  `login_time` datetime DEFAULT NULL COMMENT '访问时间',
  PRIMARY KEY (`info_id`),
  KEY `idx_sys_logininfor_s` (`status`),
  KEY `idx_sys_logininfor_lt` (`login_time`)
) ENGINE=InnoDB AUTO_INCREMENT=2000 DEFAULT CHARSET=utf8mb4 COMMENT='系统访问记录';

LOCK TABLES `sys_logininfor` WRITE;
INSERT INTO `sys_logininfor` VALUES (1801,'zhangwei','10.20.8.31','内网IP','Chrome 10','Windows10','0','登录成功','2022-09-30 21:14:02'),(1802,'zhangwei','10.20.8.31','内网IP','Chrome 10','Windows10','1','密码输入错误1次','2022-09-30 21:13:40'),(1803,'lina','10.20.8.44','内网IP','Chrome Mobile','Android 1.x','0','登录成功','2022-10-08 07:58:11'),(1804,'admin','10.20.1.2','内网IP','Chrome 10','Windows10','0','登录成功','2022-10-03 10:02:45');
UNLOCK TABLES;

--
-- Table structure for table `sys_menu`
--

DROP TABLE IF EXISTS `sys_menu`;
CREATE TABLE `sys_menu` (
  `menu_id` bigint NOT NULL AUTO_INCREMENT COMMENT '菜单ID',
  `menu_name` varchar(50) NOT NULL COMMENT '菜单名称',
  `parent_id` bigint DEFAULT '0' COMMENT '父菜单ID',
  `order_num` int DEFAULT '0' COMMENT '显示顺序',
  `path` varchar(200) DEFAULT '' COMMENT '路由地址',
  `component` varchar(255) DEFAULT NULL COMMENT '组件路径',
  `query` varchar(255) DEFAULT NULL COMMENT '路由参数',
  `route_name` varchar(50) DEFAULT '' COMMENT '路由名称',
  `is_frame` int DEFAULT '1' COMMENT '是否为外链（0是 1否）',
  `is_cache` int DEFAULT '0' COMMENT '是否缓存（0缓存 1不缓存）',
  `menu_type` char(1) DEFAULT '' COMMENT '菜单类型（M目录 C菜单 F按钮）',
  `visible` char(1) DEFAULT '0' COMMENT '菜单状态（0显示 1隐藏）',
  `status` char(1) DEFAULT '0' COMMENT '菜单状态（0正常 1停用）',
  `perms` varchar(100) DEFAULT NULL COMMENT '权限标识',
  `icon` varchar(100) DEFAULT '#' COMMENT '菜单图标',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `remark` varchar(500) DEFAULT '' COMMENT '备注',
  PRIMARY KEY (`menu_id`)
) ENGINE=InnoDB AUTO_INCREMENT=3000 DEFAULT CHARSET=utf8mb4 COMMENT='菜单权限表';

LOCK TABLES `sys_menu` WRITE;
INSERT INTO `sys_menu` VALUES (1,'系统管理',0,1,'system',NULL,'','',1,0,'M','0','0','','system','admin','2021-03-01 09:00:00','',NULL,'系统管理目录'),(100,'用户管理',1,1,'user','system/user/index','','',1,0,'C','0','0','system:user:list','user','admin','2021-03-01 09:00:00','',NULL,'用户管理菜单'),(1000,'用户查询',100,1,'','','','',1,0,'F','0','0','system:user:query','#','admin','2021-03-01 09:00:00','',NULL,''),(108,'日志管理',1,9,'log','','','',1,0,'M','0','0','','log','admin','2021-03-01 09:00:00','',NULL,'日志管理菜单'),(500,'操作日志',108,1,'operlog','monitor/operlog/index','','',1,0,'C','0','0','monitor:operlog:list','form','admin','2021-03-01 09:00:00','',NULL,'操作日志菜单'),(1040,'操作删除',500,2,'#','','','',1,0,'F','0','0','monitor:operlog:remove','#','admin','2021-03-01 09:00:00','',NULL,''),(2000,'运单管理',0,5,'waybill',NULL,'','',1,0,'M','0','0','','guide','admin','2021-04-12 15:30:00','',NULL,'网点运单'),(2001,'运单查询',2000,1,'query','waybill/query/index','','',1,0,'C','0','0','waybill:query:list','search','admin','2021-04-12 15:30:00','',NULL,'按运单号或手机号查询运单'),(2002,'运单详情',2001,1,'#','','','',1,0,'F','0','0','waybill:query:query','#','admin','2021-04-12 15:30:00','',NULL,''),(2003,'运单导出',2001,2,'#','','','',1,0,'F','0','0','waybill:query:export','#','admin','2021-04-12 15:30:00','',NULL,''),(2010,'揽派任务',2000,2,'task','waybill/task/index','','',1,0,'C','0','0','waybill:task:list','list','admin','2021-04-12 15:30:00','',NULL,'快递员本人的揽收与派送任务'),(2020,'客户回访',2000,3,'callback','waybill/callback/index','','',1,0,'C','0','0','crm:callback:list','phone','admin','2021-06-01 11:00:00','',NULL,'按手机号回访寄件客户');
UNLOCK TABLES;

--
-- Table structure for table `sys_oper_log`
--

DROP TABLE IF EXISTS `sys_oper_log`;
CREATE TABLE `sys_oper_log` (
  `oper_id` bigint NOT NULL AUTO_INCREMENT COMMENT '日志主键',
  `title` varchar(50) DEFAULT '' COMMENT '模块标题',
  `business_type` int DEFAULT '0' COMMENT '业务类型（0其它 1新增 2修改 3删除）',
  `method` varchar(200) DEFAULT '' COMMENT '方法名称',
  `request_method` varchar(10) DEFAULT '' COMMENT '请求方式',
  `operator_type` int DEFAULT '0' COMMENT '操作类别（0其它 1后台用户 2手机端用户）',
  `oper_name` varchar(50) DEFAULT '' COMMENT '操作人员',
  `dept_name` varchar(50) DEFAULT '' COMMENT '部门名称',
  `oper_url` varchar(255) DEFAULT '' COMMENT '请求URL',
  `oper_ip` varchar(128) DEFAULT '' COMMENT '主机地址',
  `oper_location` varchar(255) DEFAULT '' COMMENT '操作地点',
  `oper_param` varchar(2000) DEFAULT '' COMMENT '请求参数',
  `json_result` varchar(2000) DEFAULT '' COMMENT '返回参数',
  `status` int DEFAULT '0' COMMENT '操作状态（0正常 1异常）',
  `error_msg` varchar(2000) DEFAULT '' COMMENT '错误消息',
  `oper_time` datetime DEFAULT NULL COMMENT '操作时间',
  `cost_time` bigint DEFAULT '0' COMMENT '消耗时间',
  PRIMARY KEY (`oper_id`),
  KEY `idx_sys_oper_log_bt` (`business_type`),
  KEY `idx_sys_oper_log_s` (`status`),
  KEY `idx_sys_oper_log_ot` (`oper_time`)
) ENGINE=InnoDB AUTO_INCREMENT=5000 DEFAULT CHARSET=utf8mb4 COMMENT='操作日志记录';

LOCK TABLES `sys_oper_log` WRITE;
INSERT INTO `sys_oper_log` VALUES (4101,'运单查询',5,'com.shunda.waybill.controller.WaybillQueryController.export()','POST',1,'zhangwei','宝安西乡网点','/waybill/query/export','10.20.8.31','内网IP','{\"phone\":\"138****0000\",\"pageNum\":\"1\"}','',0,'','2022-09-28 22:41:07',812),(4102,'运单查询',5,'com.shunda.waybill.controller.WaybillQueryController.export()','POST',1,'zhangwei','宝安西乡网点','/waybill/query/export','10.20.8.31','内网IP','{\"phone\":\"139****1111\",\"pageNum\":\"1\"}','',0,'','2022-09-30 21:20:55',644),(4103,'操作日志',3,'com.ruoyi.web.controller.monitor.SysOperlogController.remove()','DELETE',1,'zhangwei','宝安西乡网点','/monitor/operlog/4001,4002','10.20.8.31','内网IP','4001,4002','{\"msg\":\"操作成功\",\"code\":200}',0,'','2022-09-30 21:25:13',9),(4105,'运单查询',0,'com.shunda.waybill.controller.WaybillQueryController.list()','GET',1,'zhangwei','宝安西乡网点','/waybill/query/list','10.20.8.31','内网IP','{\"waybillNo\":\"SD2022100800123\"}','',0,'','2022-10-08 09:12:44',35),(4104,'用户管理',2,'com.ruoyi.web.controller.system.SysUserController.edit()','PUT',1,'admin','顺达速运','/system/user','10.20.1.2','内网IP','{\"userId\":101}','{\"msg\":\"操作成功\",\"code\":200}',0,'','2022-10-03 10:05:31',22);
UNLOCK TABLES;

--
-- Table structure for table `sys_post`
--

DROP TABLE IF EXISTS `sys_post`;
CREATE TABLE `sys_post` (
  `post_id` bigint NOT NULL AUTO_INCREMENT COMMENT '岗位ID',
  `post_code` varchar(64) NOT NULL COMMENT '岗位编码',
  `post_name` varchar(50) NOT NULL COMMENT '岗位名称',
  `post_sort` int NOT NULL COMMENT '显示顺序',
  `status` char(1) NOT NULL COMMENT '状态（0正常 1停用）',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`post_id`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COMMENT='岗位信息表';

LOCK TABLES `sys_post` WRITE;
INSERT INTO `sys_post` VALUES (1,'supervisor','网点主管',1,'0','admin','2021-03-01 09:00:00','',NULL,''),(2,'courier','快递员',2,'0','admin','2021-03-01 09:00:00','',NULL,'');
UNLOCK TABLES;

--
-- Table structure for table `sys_role`
--

DROP TABLE IF EXISTS `sys_role`;
CREATE TABLE `sys_role` (
  `role_id` bigint NOT NULL AUTO_INCREMENT COMMENT '角色ID',
  `role_name` varchar(30) NOT NULL COMMENT '角色名称',
  `role_key` varchar(100) NOT NULL COMMENT '角色权限字符串',
  `role_sort` int NOT NULL COMMENT '显示顺序',
  `data_scope` char(1) DEFAULT '1' COMMENT '数据范围（1：全部数据权限 2：自定数据权限 3：本部门数据权限 4：本部门及以下数据权限）',
  `menu_check_strictly` tinyint(1) DEFAULT '1' COMMENT '菜单树选择项是否关联显示',
  `dept_check_strictly` tinyint(1) DEFAULT '1' COMMENT '部门树选择项是否关联显示',
  `status` char(1) NOT NULL COMMENT '角色状态（0正常 1停用）',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志（0代表存在 2代表删除）',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB AUTO_INCREMENT=200 DEFAULT CHARSET=utf8mb4 COMMENT='角色信息表';

LOCK TABLES `sys_role` WRITE;
INSERT INTO `sys_role` (`role_id`, `role_name`, `role_key`, `role_sort`, `data_scope`, `status`, `del_flag`, `create_by`, `create_time`, `remark`) VALUES (100,'网点主管','outlet_supervisor',3,'3','0','0','admin','2021-04-12 16:02:11','网点主管：本网点查单');
INSERT INTO `sys_role` VALUES (1,'超级管理员','admin',1,'1',1,1,'0','0','admin','2021-03-01 09:00:00','',NULL,'超级管理员'),(2,'普通角色','common',2,'2',1,1,'1','0','admin','2021-03-01 09:00:00','',NULL,'普通角色'),(101,'快递员','courier',4,'5',1,1,'0','0','admin','2021-04-12 16:05:40','',NULL,'快递员：本人揽派任务');
UNLOCK TABLES;

--
-- Table structure for table `sys_role_dept`
--

DROP TABLE IF EXISTS `sys_role_dept`;
CREATE TABLE `sys_role_dept` (
  `role_id` bigint NOT NULL COMMENT '角色ID',
  `dept_id` bigint NOT NULL COMMENT '部门ID',
  PRIMARY KEY (`role_id`,`dept_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='角色和部门关联表';

LOCK TABLES `sys_role_dept` WRITE;
INSERT INTO `sys_role_dept` VALUES (2,100),(2,101);
UNLOCK TABLES;

--
-- Table structure for table `sys_role_menu`
--

DROP TABLE IF EXISTS `sys_role_menu`;
CREATE TABLE `sys_role_menu` (
  `role_id` bigint NOT NULL COMMENT '角色ID',
  `menu_id` bigint NOT NULL COMMENT '菜单ID',
  PRIMARY KEY (`role_id`,`menu_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='角色和菜单关联表';

LOCK TABLES `sys_role_menu` WRITE;
INSERT INTO `sys_role_menu` VALUES (2,1),(2,100),(2,1000),(100,108),(100,500),(100,2000),(100,2001),(100,2002),(100,2010),(100,2020),(101,2000),(101,2010);
UNLOCK TABLES;

--
-- Table structure for table `sys_user`
--

DROP TABLE IF EXISTS `sys_user`;
CREATE TABLE `sys_user` (
  `user_id` bigint NOT NULL AUTO_INCREMENT COMMENT '用户ID',
  `dept_id` bigint DEFAULT NULL COMMENT '部门ID',
  `user_name` varchar(30) NOT NULL COMMENT '用户账号',
  `nick_name` varchar(30) NOT NULL COMMENT '用户昵称',
  `user_type` varchar(2) DEFAULT '00' COMMENT '用户类型（00系统用户）',
  `email` varchar(50) DEFAULT '' COMMENT '用户邮箱',
  `phonenumber` varchar(11) DEFAULT '' COMMENT '手机号码',
  `sex` char(1) DEFAULT '0' COMMENT '用户性别（0男 1女 2未知）',
  `avatar` varchar(100) DEFAULT '' COMMENT '头像地址',
  `password` varchar(100) DEFAULT '' COMMENT '密码',
  `status` char(1) DEFAULT '0' COMMENT '帐号状态（0正常 1停用）',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志（0代表存在 2代表删除）',
  `login_ip` varchar(128) DEFAULT '' COMMENT '最后登录IP',
  `login_date` datetime DEFAULT NULL COMMENT '最后登录时间',
  `pwd_update_date` datetime DEFAULT NULL COMMENT '密码最后更新时间',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB AUTO_INCREMENT=200 DEFAULT CHARSET=utf8mb4 COMMENT='用户信息表';

LOCK TABLES `sys_user` WRITE;
INSERT INTO `sys_user` VALUES (1,100,'admin','系统管理员','00','admin@example.cn','13900000009','0','','$2a$10$577LiqlPF7saySqbKjFStRAOAwCXBx9RbbH6FwQ3QSiAlB6xPy7.7','0','0','10.20.1.2','2022-10-03 10:02:45','2021-03-01 09:00:00','admin','2021-03-01 09:00:00','',NULL,'管理员'),(2,102,'ry','若依','00','ry@qq.com','15666666666','1','','$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2','1','0','127.0.0.1','2021-03-01 09:12:00','2021-03-01 09:00:00','admin','2021-03-01 09:00:00','',NULL,'测试员'),(100,201,'zhangwei','张伟','00','','13700000100','0','','$2a$10$NrWehkSfzcj1ZgCj0fnAfWeAdpJZqnLvlwTkgfy90M54SKDvDiK9P','0','0','10.20.8.31','2022-09-30 21:14:02','2021-04-12 16:10:00','admin','2021-04-12 16:10:00','',NULL,'宝安西乡网点主管'),(101,201,'lina','李娜','00','','13700000101','1','','$2a$10$3IhnZtPr8ZdhMPQ94gjG6gfL3IVQa5Rtm9fzIoDWW9it3XHp1HZRU','0','0','10.20.8.44','2022-10-08 07:58:11','2021-04-12 16:12:00','admin','2021-04-12 16:12:00','',NULL,'快递员'),(102,202,'wangqiang','王强','00','','13700000102','0','','$2a$10$QinVx7u1OjW5Xistobr5q6Qroa/lp1wzbEzJCNFZofR4Zora2v.ru','0','0','10.20.9.12','2022-10-06 08:30:00','2022-10-06 08:29:00','admin','2020-11-02 10:00:00','',NULL,'快递员（旧系统迁移账号）'),(103,201,'zhaolei','赵磊','00','','13700000103','0','','$2a$10$BriurBB/8vFI.qZTMoe4WWXWl7Xfwgy2smPel.rkSbhyUrEQS6nm8','0','2','10.20.8.35','2022-03-18 18:00:00','2021-05-06 09:00:00','admin','2021-05-06 09:00:00','',NULL,'已离职，已删除'),(104,201,'chenjing','陈静','00','','13700000104','1','','$2a$10$Lq3vY1cXnVJk0b8wGQfQ0eYb4o3tN6yZ9rHq2mJd7sKx1Pw5UaF2C','1','0','10.20.8.47','2022-09-27 19:40:12','2021-09-01 09:00:00','admin','2021-09-01 09:00:00','',NULL,'快递员（2022-08-31 离职，已停用）'),(105,201,'sunhao_lw','孙浩','00','','15900000105','0','','$2a$10$Vd8kP2mNq4sR6tU8wX0yZ.aB1cD3eF5gH7iJ9kL1mN3oP5qR7sT9u','0','2','10.20.8.52','2022-10-08 08:05:37','2022-09-01 08:30:00','zhangwei','2022-09-01 08:30:00','',NULL,'劳务派遣临时工（华信劳务），合同结束已删除');
UNLOCK TABLES;

--
-- Table structure for table `sys_user_role`
--

DROP TABLE IF EXISTS `sys_user_role`;
CREATE TABLE `sys_user_role` (
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `role_id` bigint NOT NULL COMMENT '角色ID',
  PRIMARY KEY (`user_id`,`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户和角色关联表';

LOCK TABLES `sys_user_role` WRITE;
INSERT INTO `sys_user_role` VALUES (1,1),(2,2),(100,100),(101,101),(102,101),(103,101),(104,101),(105,101);
UNLOCK TABLES;

--
-- Table structure for table `sys_user_post`
--

DROP TABLE IF EXISTS `sys_user_post`;
CREATE TABLE `sys_user_post` (
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `post_id` bigint NOT NULL COMMENT '岗位ID',
  PRIMARY KEY (`user_id`,`post_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户与岗位关联表';

LOCK TABLES `sys_user_post` WRITE;
INSERT INTO `sys_user_post` VALUES (100,1),(101,2),(102,2),(103,2),(104,2),(105,2);
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;

-- Dump completed on 2022-10-09  3:00:01
