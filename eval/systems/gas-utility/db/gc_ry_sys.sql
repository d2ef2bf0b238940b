-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)
--
-- Host: 10.20.3.21    Database: gc_ry
-- ------------------------------------------------------
-- Server version	8.0.35

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

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
) ENGINE=InnoDB AUTO_INCREMENT=100 DEFAULT CHARSET=utf8mb4 COMMENT='参数配置表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_config` WRITE;
/*!40000 ALTER TABLE `sys_config` DISABLE KEYS */;
INSERT INTO `sys_config` VALUES (1,'主框架页-默认皮肤样式名称','sys.index.skinName','skin-blue','Y','admin','2021-06-01 09:00:00','',NULL,'蓝色 skin-blue'),(2,'用户管理-账号初始密码','sys.user.initPassword','Gc@123456','Y','admin','2021-06-01 09:00:00','admin','2022-01-10 10:00:00','初始化密码'),(3,'账号自助-验证码开关','sys.account.captchaEnabled','true','Y','admin','2021-06-01 09:00:00','',NULL,''),(4,'账号自助-是否开启用户注册功能','sys.account.registerUser','false','Y','admin','2021-06-01 09:00:00','',NULL,''),(5,'用户管理-初始密码修改策略','sys.account.initPasswordModify','1','Y','admin','2021-06-01 09:00:00','',NULL,''),(6,'用户管理-账号密码更新周期','sys.account.passwordValidateDays','0','Y','admin','2021-06-01 09:00:00','',NULL,'0 为不限制');
/*!40000 ALTER TABLE `sys_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_dept`
--

DROP TABLE IF EXISTS `sys_dept`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
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
) ENGINE=InnoDB AUTO_INCREMENT=200 DEFAULT CHARSET=utf8mb4 COMMENT='部门表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_dept` WRITE;
/*!40000 ALTER TABLE `sys_dept` DISABLE KEYS */;
INSERT INTO `sys_dept` VALUES (100,0,'0','港城燃气集团',0,'总经理',NULL,NULL,'0','0','admin','2021-06-01 09:00:00','',NULL),(101,100,'0,100','客户服务中心',1,'主任',NULL,NULL,'0','0','admin','2021-06-01 09:00:00','',NULL),(102,100,'0,100','东区营业所',2,'主任',NULL,NULL,'0','0','admin','2021-06-01 09:00:00','',NULL),(103,100,'0,100','西区营业所',3,'主任',NULL,NULL,'0','0','admin','2021-06-01 09:00:00','',NULL),(104,100,'0,100','管网运行部',4,'部长',NULL,NULL,'0','0','admin','2021-06-01 09:00:00','',NULL),(105,100,'0,100','计量中心',5,'主任',NULL,NULL,'0','0','admin','2021-06-01 09:00:00','',NULL),(106,100,'0,100','信息中心',6,'主任',NULL,NULL,'0','0','admin','2021-06-01 09:00:00','',NULL),(107,104,'0,100,104','恒信安装（外包）',1,'项目经理',NULL,NULL,'0','0','admin','2023-03-01 09:00:00','',NULL);
/*!40000 ALTER TABLE `sys_dept` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_user`
--

DROP TABLE IF EXISTS `sys_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
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
) ENGINE=InnoDB AUTO_INCREMENT=120 DEFAULT CHARSET=utf8mb4 COMMENT='用户信息表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_user` WRITE;
/*!40000 ALTER TABLE `sys_user` DISABLE KEYS */;
INSERT INTO `sys_user` VALUES (1,106,'admin','管理员','00','it@gangcheng-gas.example','13800000000','0','','$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2','0','0','10.20.9.14','2026-02-27 18:22:05','2021-06-01 09:00:00','admin','2021-06-01 09:00:00','',NULL,'管理员'),(2,106,'ry','若依','00','ry@163.com','15666666666','1','','$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2','0','2','',NULL,NULL,'admin','2021-06-01 09:00:00','',NULL,'测试员'),(100,106,'zhangqiang','张强','00','zhangqiang@gangcheng-gas.example','13925010021','0','','$2a$10$Kq1mR8vYzT3nP6wL0sD4eOuH2aXcB5fG7jI9kN1lM3oQ5rS7tU9vW','0','0','10.20.9.21','2026-03-02 09:11:40','2025-12-01 10:00:00','admin','2021-06-02 10:00:00','',NULL,'信息中心运维'),(101,102,'liwen','李雯','00','liwen@gangcheng-gas.example','13925010032','1','','$2a$10$Lm2nS9wAzU4oQ7xM1tE5fPvI3bYdC6gH8kJ0lO2mN4pR6sT8uV0wX','0','0','10.20.12.5','2026-03-02 08:31:02','2025-09-01 10:00:00','admin','2021-07-01 10:00:00','',NULL,'东区营业厅柜员'),(102,103,'chenhao','陈浩','00','chenhao@gangcheng-gas.example','13925010043','0','','$2a$10$Mn3oT0xBaV5pR8yN2uF6gQwJ4cZeD7hI9lK1mP3nO5qS7tU9vW1xY','0','0','10.20.13.7','2026-03-01 16:40:12','2025-10-11 10:00:00','admin','2021-07-01 10:00:00','',NULL,'西区营业厅柜员'),(103,101,'wangli','王丽','00','wangli@gangcheng-gas.example','13925010054','1','','$2a$10$No4pU1yCbW6qS9zO3vG7hRxK5dAfE8iJ0mL2nQ4oP6rT8uV0wX2yZ','0','0','10.20.10.33','2026-03-02 10:02:55','2025-08-20 10:00:00','admin','2022-03-01 10:00:00','',NULL,'95xxx 热线坐席'),(104,101,'zhaoyan','赵燕','00','zhaoyan@gangcheng-gas.example','13925010065','1','','$2a$10$Op5qV2zDcX7rT0aP4wH8iSyL6eBgF9jK1nM3oR5pQ7sU9vW1xY3zA','0','0','10.20.10.41','2025-12-15 21:14:09','2025-06-02 10:00:00','admin','2022-03-01 10:00:00','',NULL,'95xxx 热线坐席'),(105,101,'hotline_night','热线夜班','00','','','2','','$2a$10$Pq6rW3aEdY8sU1bQ5xI9jTzM7fChG0kL2oN4pS6qR8tV0wX2yZ4aB','0','0','10.20.10.50','2026-03-02 06:58:31','2024-01-05 10:00:00','admin','2023-01-05 10:00:00','',NULL,'夜班坐席共用'),(106,104,'liujun','刘军','00','liujun@gangcheng-gas.example','13925010076','0','','$2a$10$Qr7sX4bFeZ9tV2cR6yJ0kUaN8gDiH1lM3pO5qT7rS9uW1xY3zA5bC','0','0','10.20.14.9','2026-03-02 07:45:10','2025-11-03 10:00:00','admin','2022-05-01 10:00:00','',NULL,'入户安检员'),(107,104,'huangbo','黄波','00','huangbo@gangcheng-gas.example','13925010087','0','','e10adc3949ba59abbe56e057f20f883e','0','0','10.20.14.12','2026-02-28 17:02:44',NULL,'admin','2021-06-20 10:00:00','',NULL,'入户安检员（旧营收系统迁移）'),(108,105,'sunyue','孙悦','00','sunyue@gangcheng-gas.example','13925010098','1','','$2a$10$Rs8tY5cGfA0uW3dS7zK1lVbO9hEjI2mN4qP6rU8sT0vX2yZ4aB6cD','0','0','10.20.15.3','2026-03-02 09:30:27','2025-12-10 10:00:00','admin','2022-08-01 10:00:00','',NULL,'计量数据分析'),(109,102,'qianfeng','钱峰','00','qianfeng@gangcheng-gas.example','13925010109','0','','$2a$10$St9uZ6dHgB1vX4eT8aL2mWcP0iFkJ3nO5rQ7sV9tU1wY3zA5bC7dE','0','0','10.20.12.2','2026-03-02 11:18:36','2025-07-15 10:00:00','admin','2021-06-15 10:00:00','',NULL,'东区营业所主任'),(110,107,'hx_wangpeng','王鹏（恒信）','00','wp@hengxin-gas.example','13625010110','0','','$2a$10$Tu0vA7eIhC2wY5fU9bM3nXdQ1jGlK4oP6sR8tW0uV2xZ4aB6cD8eF','0','0','183.6.40.18','2026-03-01 20:41:07','2023-03-01 10:00:00','admin','2023-03-01 10:00:00','',NULL,'外包安装队长'),(111,107,'hx_lijie','李杰（恒信）','00','','13625010111','0','','$2a$10$Uv1wB8fJiD3xZ6gV0cN4oYeR2kHmL5pQ7tS9uX1vW3yA5bC7dE9fG','1','0','183.6.40.18','2024-11-30 18:00:00','2023-03-01 10:00:00','admin','2023-03-01 10:00:00','admin','2024-12-02 10:00:00','已退场'),(112,101,'zhoumin','周敏','00','zhoumin@gangcheng-gas.example','13925010112','1','','$2a$10$Vw2xC9gKjE4yA7hW1dO5pZfS3lInM6qR8uT0vY2wX4zB6cD8eF0gH','0','0','10.20.10.60','2026-03-02 14:05:51','2025-10-01 10:00:00','admin','2023-06-01 10:00:00','',NULL,'低保减免审核'),(113,103,'zhengkai','郑凯','00','zhengkai@gangcheng-gas.example','13925010113','0','','$2a$10$Wx3yD0hLkF5zB8iX2eP6qAgT4mJoN7rS9vU1wZ3xY5aC7dE9fG1hI','0','0','10.20.13.2','2024-05-20 17:30:00','2024-01-10 10:00:00','admin','2021-06-15 10:00:00','',NULL,'西区营业所主任');
/*!40000 ALTER TABLE `sys_user` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_role`
--

DROP TABLE IF EXISTS `sys_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
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
) ENGINE=InnoDB AUTO_INCREMENT=100 DEFAULT CHARSET=utf8mb4 COMMENT='角色信息表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_role` WRITE;
/*!40000 ALTER TABLE `sys_role` DISABLE KEYS */;
INSERT INTO `sys_role` VALUES (1,'超级管理员','admin',1,'1',1,1,'0','0','admin','2021-06-01 09:00:00','',NULL,'超级管理员'),(2,'普通角色','common',2,'2',1,1,'0','2','admin','2021-06-01 09:00:00','admin','2021-06-02 10:00:00','普通角色'),(3,'信息中心运维','it_ops',3,'1',1,1,'0','0','admin','2021-06-01 09:00:00','',NULL,'用户、角色、日志维护'),(4,'营业厅柜员','counter_clerk',4,'3',1,1,'0','0','admin','2021-06-01 09:00:00','',NULL,'开户、过户、减免受理'),(5,'热线坐席','call_agent',5,'1',1,1,'0','0','admin','2021-06-01 09:00:00','',NULL,'95xxx 来电查询、派单、录音'),(6,'入户安检员','inspector',6,'5',1,1,'0','0','admin','2021-06-01 09:00:00','',NULL,'安检与维修工单'),(7,'计量分析','meter_analyst',7,'1',1,1,'0','0','admin','2022-08-01 10:00:00','',NULL,'智能表数据分析'),(8,'营业所主任','branch_mgr',8,'4',1,1,'0','0','admin','2021-06-01 09:00:00','',NULL,'营业所用户管理与导出'),(9,'外包安装','installer',9,'1',1,1,'0','0','admin','2023-03-01 09:00:00','',NULL,'恒信安装工程队'),(10,'减免审核','subsidy_clerk',10,'2',1,1,'0','0','admin','2023-06-01 09:00:00','',NULL,'低保、特困户气费减免审核'),(11,'收费稽核','billing_audit',11,'1',1,1,'1','0','admin','2021-06-01 09:00:00','admin','2024-03-01 10:00:00','已停用');
/*!40000 ALTER TABLE `sys_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_user_role`
--

DROP TABLE IF EXISTS `sys_user_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_user_role` (
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `role_id` bigint NOT NULL COMMENT '角色ID',
  PRIMARY KEY (`user_id`,`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户和角色关联表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_user_role` WRITE;
/*!40000 ALTER TABLE `sys_user_role` DISABLE KEYS */;
INSERT INTO `sys_user_role` VALUES (1,1),(100,3),(101,4),(102,4),(103,5),(104,5),(105,5),(106,6),(107,6),(108,7),(109,8),(110,9),(111,9),(112,10),(113,8);
/*!40000 ALTER TABLE `sys_user_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_role_dept`
--

DROP TABLE IF EXISTS `sys_role_dept`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_role_dept` (
  `role_id` bigint NOT NULL COMMENT '角色ID',
  `dept_id` bigint NOT NULL COMMENT '部门ID',
  PRIMARY KEY (`role_id`,`dept_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='角色和部门关联表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_role_dept` WRITE;
/*!40000 ALTER TABLE `sys_role_dept` DISABLE KEYS */;
INSERT INTO `sys_role_dept` VALUES (10,102),(10,103);
/*!40000 ALTER TABLE `sys_role_dept` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_menu`
--

DROP TABLE IF EXISTS `sys_menu`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_menu` (
  `menu_id` bigint NOT NULL AUTO_INCREMENT COMMENT '菜单ID',
  `menu_name` varchar(50) NOT NULL COMMENT '菜单名称',
  `parent_id` bigint DEFAULT '0' COMMENT '父菜单ID',
  `order_num` int DEFAULT '0' COMMENT '显示顺序',
  `path` varchar(200) DEFAULT '' COMMENT '路由地址',
  `component` varchar(255) DEFAULT NULL COMMENT '组件路径',
  `query` varchar(255) DEFAULT NULL COMMENT '路由参数',
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
) ENGINE=InnoDB AUTO_INCREMENT=2100 DEFAULT CHARSET=utf8mb4 COMMENT='菜单权限表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_menu` WRITE;
/*!40000 ALTER TABLE `sys_menu` DISABLE KEYS */;
INSERT INTO `sys_menu` VALUES (1,'系统管理',0,1,'system',NULL,'',1,0,'M','0','0','','#','admin','2021-06-01 09:00:00','',NULL,''),(2,'系统监控',0,2,'monitor',NULL,'',1,0,'M','0','0','','#','admin','2021-06-01 09:00:00','',NULL,''),(100,'用户管理',1,1,'user','system/user/index','',1,0,'C','0','0','system:user:list','#','admin','2021-06-01 09:00:00','',NULL,''),(101,'角色管理',1,2,'role','system/role/index','',1,0,'C','0','0','system:role:list','#','admin','2021-06-01 09:00:00','',NULL,''),(1001,'用户新增',100,1,'',NULL,'',1,0,'F','0','0','system:user:add','#','admin','2021-06-01 09:00:00','',NULL,''),(1002,'用户修改',100,2,'',NULL,'',1,0,'F','0','0','system:user:edit','#','admin','2021-06-01 09:00:00','',NULL,''),(1003,'重置密码',100,3,'',NULL,'',1,0,'F','0','0','system:user:resetPwd','#','admin','2021-06-01 09:00:00','',NULL,''),(1004,'角色修改',101,1,'',NULL,'',1,0,'F','0','0','system:role:edit','#','admin','2021-06-01 09:00:00','',NULL,''),(500,'操作日志',2,1,'operlog','monitor/operlog/index','',1,0,'C','0','0','monitor:operlog:list','#','admin','2021-06-01 09:00:00','',NULL,''),(1040,'日志删除',500,1,'',NULL,'',1,0,'F','0','0','monitor:operlog:remove','#','admin','2021-06-01 09:00:00','',NULL,''),(1041,'日志清空',500,2,'',NULL,'',1,0,'F','0','0','monitor:operlog:clean','#','admin','2021-06-01 09:00:00','',NULL,''),(2000,'用户档案',0,3,'crm',NULL,'',1,0,'M','0','0','','#','admin','2021-06-01 09:00:00','',NULL,''),(2001,'用户列表',2000,1,'customer','crm/customer/index','',1,0,'C','0','0','crm:customer:list','#','admin','2021-06-01 09:00:00','',NULL,'按营业所'),(2002,'用户查询',2001,1,'','','',1,0,'F','0','0','crm:customer:query','#','admin','2021-06-01 09:00:00','',NULL,'按户号、手机号、地址查询'),(2003,'用户导出',2001,2,'','','',1,0,'F','0','0','crm:customer:export','#','admin','2021-06-01 09:00:00','',NULL,'导出 Excel'),(2010,'减免户管理',2000,2,'subsidy','crm/subsidy/index','',1,0,'C','0','0','crm:subsidy:list','#','admin','2021-06-01 09:00:00','',NULL,'低保、特困户'),(2011,'减免审核',2010,1,'',NULL,'',1,0,'F','0','0','crm:subsidy:edit','#','admin','2021-06-01 09:00:00','',NULL,''),(2100,'热线服务',0,4,'callcenter',NULL,'',1,0,'M','0','0','','#','admin','2021-06-01 09:00:00','',NULL,''),(2101,'通话录音',2100,1,'record','cc/record/index','',1,0,'C','0','0','cc:record:list','#','admin','2021-06-01 09:00:00','',NULL,''),(2102,'录音播放',2101,1,'',NULL,'',1,0,'F','0','0','cc:record:play','#','admin','2021-06-01 09:00:00','',NULL,''),(2200,'工单管理',0,5,'workorder',NULL,'',1,0,'M','0','0','','#','admin','2021-06-01 09:00:00','',NULL,''),(2201,'安检维修工单',2200,1,'order','wo/order/index','',1,0,'C','0','0','wo:order:list','#','admin','2021-06-01 09:00:00','',NULL,''),(2202,'安检录入',2201,1,'',NULL,'',1,0,'F','0','0','wo:inspect:edit','#','admin','2021-06-01 09:00:00','',NULL,''),(2203,'派单',2201,2,'',NULL,'',1,0,'F','0','0','wo:order:add','#','admin','2021-06-01 09:00:00','',NULL,''),(2300,'计量数据',0,6,'meter',NULL,'',1,0,'M','0','0','','#','admin','2021-06-01 09:00:00','',NULL,''),(2301,'抄表数据',2300,1,'reading','meter/reading/index','',1,0,'C','0','0','meter:reading:list','#','admin','2021-06-01 09:00:00','',NULL,'智能表小时读数'),(2302,'抄表导出',2301,1,'',NULL,'',1,0,'F','0','0','meter:reading:export','#','admin','2021-06-01 09:00:00','',NULL,'');
/*!40000 ALTER TABLE `sys_menu` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_role_menu`
--

DROP TABLE IF EXISTS `sys_role_menu`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_role_menu` (
  `role_id` bigint NOT NULL COMMENT '角色ID',
  `menu_id` bigint NOT NULL COMMENT '菜单ID',
  PRIMARY KEY (`role_id`,`menu_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='角色和菜单关联表';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_role_menu` WRITE;
/*!40000 ALTER TABLE `sys_role_menu` DISABLE KEYS */;
INSERT INTO `sys_role_menu` VALUES (3,1),(3,2),(3,100),(3,101),(3,1001),(3,1002),(3,1003),(3,1004),(3,500),(3,1040),(3,1041),(3,2000),(3,2001),(3,2002),(4,2000),(4,2001),(4,2002),(4,2010),(5,2000),(5,2001),(5,2002),(5,2100),(5,2101),(5,2102),(5,2200),(5,2203),(6,2200),(6,2201),(6,2202),(7,2300),(7,2301),(7,2302),(8,2000),(8,2001),(8,2002),(8,2003),(8,2010),(9,2000),(9,2002),(9,2200),(9,2201),(9,2202),(10,2000),(10,2010),(10,2011),(11,2000),(11,2001),(11,2002),(11,2003);
/*!40000 ALTER TABLE `sys_role_menu` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_oper_log`
--

DROP TABLE IF EXISTS `sys_oper_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
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
  PRIMARY KEY (`oper_id`)
) ENGINE=InnoDB AUTO_INCREMENT=88420 DEFAULT CHARSET=utf8mb4 COMMENT='操作日志记录';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `sys_oper_log` WRITE;
/*!40000 ALTER TABLE `sys_oper_log` DISABLE KEYS */;
INSERT INTO `sys_oper_log` VALUES (40211,'用户档案',5,'com.gangcheng.crm.controller.CustomerController.export()','POST',1,'qianfeng','东区营业所','/crm/customer/export','10.20.12.2','内网IP','{"district":"东区"}',NULL,0,'','2026-02-26 17:40:12',8821),(40215,'抄表数据',5,'com.gangcheng.meter.controller.ReadingController.export()','POST',1,'sunyue','计量中心','/meter/reading/export','10.20.15.3','内网IP','{"month":"2026-01"}',NULL,0,'','2026-02-27 10:12:40',40215),(40220,'用户档案',2,'com.gangcheng.crm.controller.CustomerController.edit()','PUT',1,'liwen','东区营业所','/crm/customer','10.20.12.5','内网IP','{"custNo":"DQ0088123"}','{"code":200}',0,'','2026-02-28 09:20:31',58),(40231,'操作日志',9,'com.ruoyi.web.controller.monitor.SysOperlogController.clean()','DELETE',1,'zhangqiang','信息中心','/monitor/operlog/clean','10.20.9.21','内网IP','{}','{"code":200}',0,'','2026-01-05 08:02:11',120),(40240,'用户档案',5,'com.gangcheng.crm.controller.CustomerController.export()','POST',1,'admin','信息中心','/crm/customer/export','10.20.9.14','内网IP','{}',NULL,0,'','2026-02-27 18:25:40',61230);
/*!40000 ALTER TABLE `sys_oper_log` ENABLE KEYS */;
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

-- Dump completed on 2026-03-02 23:10:05
