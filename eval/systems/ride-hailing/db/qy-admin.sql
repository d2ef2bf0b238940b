-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.8.0.21    Database: qy_admin
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;


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
INSERT INTO `sys_config` VALUES (2,'用户管理-账号初始密码','sys.user.initPassword','Qy@2020init','Y','admin','2020-06-01 09:00:00','',NULL,'初始化密码'),(5,'账号自助-是否开启用户注册功能','sys.account.registerUser','false','Y','admin','2020-06-01 09:00:00','',NULL,''),(8,'用户管理-账号密码更新周期','sys.account.passwordValidateDays','90','Y','admin','2020-06-01 09:00:00','',NULL,'密码每90天更新');
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
INSERT INTO `sys_dept` VALUES (100,0,'0','青云出行',0,'周总','13910000000','hq@qingyun-ride.example','0','0','admin','2020-06-01 09:00:00','',NULL),(110,100,'0,100','技术中心',1,'吴工',NULL,NULL,'0','0','admin','2020-06-01 09:00:00','',NULL),(120,100,'0,100','客户服务中心',2,'郑主管',NULL,NULL,'0','0','admin','2020-06-01 09:00:00','',NULL),(121,120,'0,100,120','杭州客服组',1,'钱组长',NULL,NULL,'0','0','admin','2020-06-01 09:00:00','',NULL),(122,120,'0,100,120','成都客服组',2,'冯组长',NULL,NULL,'0','0','admin','2020-06-01 09:00:00','',NULL),(130,100,'0,100','安全管理部',3,'何经理',NULL,NULL,'0','0','admin','2020-06-01 09:00:00','',NULL),(140,100,'0,100','运营中心',4,'马经理',NULL,NULL,'0','0','admin','2020-06-01 09:00:00','',NULL);
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
INSERT INTO `sys_logininfor` VALUES (9001,'admin','10.8.0.2','内网IP','Chrome 11','Windows10','0','登录成功','2023-05-29 09:12:00'),(9002,'majun','10.8.4.17','内网IP','Chrome 11','Mac OS X','0','登录成功','2023-05-30 10:01:44'),(9003,'qianli','10.8.2.31','内网IP','Chrome 11','Windows10','0','登录成功','2023-05-31 08:55:02'),(9004,'hezhi','10.8.3.9','内网IP','Chrome 11','Windows10','0','登录成功','2023-05-31 14:20:19');
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
INSERT INTO `sys_menu` VALUES (1,'系统管理',0,1,'system',NULL,'','',1,0,'M','0','0','','system','admin','2020-06-01 09:00:00','',NULL,''),(100,'用户管理',1,1,'user','system/user/index','','',1,0,'C','0','0','system:user:list','user','admin','2020-06-01 09:00:00','',NULL,''),(108,'日志管理',1,9,'log','','','',1,0,'M','0','0','','log','admin','2020-06-01 09:00:00','',NULL,''),(500,'操作日志',108,1,'operlog','monitor/operlog/index','','',1,0,'C','0','0','monitor:operlog:list','form','admin','2020-06-01 09:00:00','',NULL,''),(3000,'行程管理',0,5,'trip',NULL,'','',1,0,'M','0','0','','guide','admin','2020-06-01 09:00:00','',NULL,'网约车行程'),(3001,'行程查询',3000,1,'query','trip/query/index','','',1,0,'C','0','0','trip:order:list','search','admin','2020-06-01 09:00:00','',NULL,'按订单号或乘客手机号查询行程（本组、脱敏）'),(3002,'行程导出',3001,2,'#','','','',1,0,'F','0','0','trip:order:export','#','admin','2020-06-01 09:00:00','',NULL,''),(3010,'行程轨迹',3000,2,'track','trip/track/index','','',1,0,'C','0','0','trip:track:query','map','admin','2020-06-01 09:00:00','',NULL,'由紧急求助或投诉工单打开的行程轨迹'),(3100,'司机管理',0,6,'driver',NULL,'','',1,0,'M','0','0','','peoples','admin','2020-06-01 09:00:00','',NULL,''),(3101,'司机档案',3100,1,'profile','driver/profile/index','','',1,0,'C','0','0','driver:profile:list','user','admin','2020-06-01 09:00:00','',NULL,'司机身份证、驾驶证');
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
INSERT INTO `sys_oper_log` VALUES (7001,'行程查询',5,'com.qingyun.trip.controller.TripOrderController.export()','POST',1,'majun','运营中心','/trip/order/export','10.8.4.17','内网IP','{\"beginTime\":\"2023-05-01\",\"endTime\":\"2023-05-29\"}','',0,'','2023-05-30 10:03:11',5210),(7002,'行程轨迹',0,'com.qingyun.trip.controller.TripTrackController.get()','GET',1,'hezhi','安全管理部','/trip/track/T2305310042','10.8.3.9','内网IP','{\"ticketId\":\"SOS-20230531-0007\"}','',0,'','2023-05-31 14:22:40',88),(7003,'行程查询',0,'com.qingyun.trip.controller.TripOrderController.list()','GET',1,'qianli','杭州客服组','/trip/order/list','10.8.2.31','内网IP','{\"phone\":\"138****2231\"}','',0,'','2023-05-31 09:02:13',41);
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
INSERT INTO `sys_post` VALUES (1,'cs','客服专员',1,'0','admin','2020-06-01 09:00:00','',NULL,''),(2,'safety','安全专员',2,'0','admin','2020-06-01 09:00:00','',NULL,''),(3,'ops','运营经理',3,'0','admin','2020-06-01 09:00:00','',NULL,''),(4,'it','系统管理员',4,'0','admin','2020-06-01 09:00:00','',NULL,'');
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
INSERT INTO `sys_role` VALUES (1,'超级管理员','admin',1,'1',1,1,'0','0','admin','2020-06-01 09:00:00','',NULL,'超级管理员'),(200,'客服专员','cs_agent',2,'3',1,1,'0','0','admin','2020-06-01 09:00:00','',NULL,'客服：本组行程查询（手机号脱敏）'),(201,'安全专员','safety_officer',3,'1',1,1,'0','0','admin','2020-06-01 09:00:00','',NULL,'安全：经紧急求助/投诉工单查看行程轨迹'),(202,'运营经理','ops_manager',4,'1',1,1,'0','0','admin','2020-06-01 09:00:00','',NULL,'运营：行程查询与导出'),(203,'司机运营','driver_ops',5,'4',1,1,'0','0','admin','2020-06-01 09:00:00','',NULL,'司机档案维护');
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
INSERT INTO `sys_role_dept` VALUES (2,100);
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
INSERT INTO `sys_role_menu` VALUES (200,3000),(200,3001),(201,3000),(201,3010),(202,3000),(202,3001),(202,3002),(203,3100),(203,3101);
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
INSERT INTO `sys_user` VALUES (1,110,'admin','系统管理员','00','it@qingyun-ride.example','13910000009','0','','$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2','0','0','10.8.0.2','2023-05-29 09:12:00','2020-06-01 09:00:00','admin','2020-06-01 09:00:00','',NULL,'管理员'),(201,121,'qianli','钱丽','00','qianli@qingyun-ride.example','13810002001','1','','$2a$10$Xk2pQw9LmN4rT7vB1cD3eO5fG7hJ9kL1mN3oP5qR7sT9uV1wX3yZa','0','0','10.8.2.31','2023-05-31 08:55:02','2023-03-01 09:00:00','admin','2022-03-01 09:00:00','',NULL,'杭州客服'),(202,122,'fengtao','冯涛','00','fengtao@qingyun-ride.example','13810002002','0','','$2a$10$Ab3cD5eF7gH9iJ1kL3mN5OpQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5','0','0','10.8.2.40','2023-05-30 18:21:09','2023-02-10 09:00:00','admin','2022-04-01 09:00:00','',NULL,'成都客服'),(203,122,'wangfang','王芳','00','wangfang@qingyun-ride.example','13810002003','1','','$2a$10$Qw1eR3tY5uI7oP9aS1dF3gH5jK7lZ9xC1vB3nM5qW7eR9tY1uI3o','0','0','10.8.2.41','2023-05-28 20:11:45','2023-01-05 09:00:00','admin','2022-05-01 09:00:00','',NULL,'成都客服'),(204,130,'hezhi','何志','00','hezhi@qingyun-ride.example','13810002004','0','','$2a$10$Zx9cV7bN5mA3sD1fG9hJ7kL5qW3eR1tY9uI7oP5aS3dF1gH9jK7l','0','0','10.8.3.9','2023-05-31 14:20:19','2023-04-01 09:00:00','admin','2022-01-10 09:00:00','',NULL,'安全专员'),(205,140,'majun','马骏','00','majun@qingyun-ride.example','13810002005','0','','$2a$10$Lk8jH6gF4dS2aP0oI8uY6tR4eW2qM0nB8vC6xZ4lK2jH0gF8dS6a','0','0','10.8.4.17','2023-05-30 10:01:44','2023-03-15 09:00:00','admin','2021-08-01 09:00:00','',NULL,'运营经理'),(206,140,'liuyang_ops','刘洋','00','liuyang@qingyun-ride.example','13810002006','0','','25d55ad283aa400af464c76d713c07ad','0','0','10.8.4.22','2023-05-20 11:40:00',NULL,'admin','2019-11-01 09:00:00','',NULL,'司机运营（旧系统迁移）'),(207,122,'zhoujie_wb','周杰','00','','15900002007','0','','$2a$10$Mn7bV5cX3zL1kJ9hG7fD5sA3pO1iU9yT7rE5wQ3mN1bV9cX7zL5k','0','0','10.8.2.55','2023-05-31 19:02:33','2023-05-02 09:00:00','fengtao','2023-05-02 09:00:00','',NULL,'外包坐席（成都众联呼叫中心）');
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
INSERT INTO `sys_user_role` VALUES (1,1),(201,200),(202,200),(203,200),(204,201),(205,202),(206,203),(207,200);
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
INSERT INTO `sys_user_post` VALUES (1,4),(201,1),(202,1),(203,1),(204,2),(205,3),(206,3),(207,1);
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;

-- Dump completed on 2023-06-01  2:00:03
