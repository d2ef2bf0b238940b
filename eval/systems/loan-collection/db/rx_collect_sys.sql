-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.30.2.11    Database: rx_collect
-- ------------------------------------------------------
-- Server version	8.0.36

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
INSERT INTO `sys_config` VALUES (1,'主框架页-默认皮肤样式名称','sys.index.skinName','skin-blue','Y','admin','2022-03-01 10:12:31','',NULL,'蓝色 skin-blue、绿色 skin-green、紫色 skin-purple、红色 skin-red、黄色 skin-yellow'),(2,'用户管理-账号初始密码','sys.user.initPassword','123456','Y','admin','2022-03-01 10:12:31','',NULL,'初始化密码 123456'),(3,'主框架页-侧边栏主题','sys.index.sideTheme','theme-dark','Y','admin','2022-03-01 10:12:31','',NULL,'深色主题theme-dark，浅色主题theme-light'),(4,'账号自助-验证码开关','sys.account.captchaEnabled','true','Y','admin','2022-03-01 10:12:31','',NULL,'是否开启验证码功能（true开启，false关闭）'),(5,'账号自助-是否开启用户注册功能','sys.account.registerUser','false','Y','admin','2022-03-01 10:12:31','',NULL,'是否开启注册用户功能（true开启，false关闭）'),(6,'用户登录-黑名单列表','sys.login.blackIPList','','Y','admin','2022-03-01 10:12:31','',NULL,'设置登录IP黑名单限制，多个匹配项以;分隔，支持匹配（*通配、网段）'),(7,'用户管理-初始密码修改策略','sys.account.initPasswordModify','1','Y','admin','2022-03-01 10:12:31','',NULL,'0：初始密码修改策略关闭，没有任何提示，1：提醒用户，如果未修改初始密码，则在登录时就会提醒修改密码对话框'),(8,'用户管理-账号密码更新周期','sys.account.passwordValidateDays','0','Y','admin','2022-03-01 10:12:31','',NULL,'密码更新周期（填写数字，数据初始化值为0不限制，若修改必须为大于0小于365的正整数），如果超过这个周期登录系统时，则在登录时就会提醒修改密码对话框');
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
INSERT INTO `sys_dept` VALUES (100,0,'0','融信消费金融',0,'总经理室',NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL),(101,100,'0,100','贷后管理部',1,'贷后管理部总经理',NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL),(102,101,'0,100,101','催收一组',1,'组长',NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL),(103,101,'0,100,101','催收二组',2,'组长',NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL),(104,101,'0,100,101','质检组',3,NULL,NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL),(105,100,'0,100','客户服务中心',2,NULL,NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL),(106,100,'0,100','风险管理部',3,NULL,NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL),(107,100,'0,100','信息科技部',4,NULL,NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL),(108,101,'0,100,101','委外-鼎信商务咨询',4,'鼎信项目经理',NULL,NULL,'0','0','admin','2023-02-14 09:30:11','',NULL),(109,101,'0,100,101','委外-恒远信息服务',5,'恒远项目经理',NULL,NULL,'0','0','admin','2023-06-01 14:02:45','',NULL),(110,100,'0,100','合规与内控部',5,NULL,NULL,NULL,'0','0','admin','2022-03-01 10:12:30','',NULL);
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
INSERT INTO `sys_user` VALUES (1,107,'admin','管理员','00','it@rongxin-cf.example','15888888888','0','','$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2','0','0','10.30.9.21','2024-10-11 09:02:44','2022-03-01 10:12:30','admin','2022-03-01 10:12:30','',NULL,'管理员'),(2,105,'ry','若依','00','ry@163.com','15666666666','1','','$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2','0','2','127.0.0.1','2022-03-01 10:12:30','2022-03-01 10:12:30','admin','2022-03-01 10:12:30','admin','2022-03-02 16:20:11','测试员'),(100,107,'zhangqiang','张强','00','zhangqiang@rongxin-cf.example','13906810021','0','','$2a$10$Jk3m0yq8sZf1.5V2bQhCjOeS6xg7QvXh0m8o0r1d1y8TqZkq2bC6a','0','0','10.30.9.22','2024-10-10 18:31:05','2024-06-02 09:11:40','admin','2022-03-02 09:00:00','',NULL,'信息科技部 运维'),(101,102,'liumin','刘敏','00','liumin@rongxin-cf.example','13906810032','1','','$2a$10$2xQe1Lr0i6hP9dWmL0c8Fe3xkG1bK5H0oYp1sY0u8Zx7b2f9Qm7xW','0','0','10.30.12.41','2024-10-11 08:55:17','2024-04-18 10:20:00','admin','2022-05-10 09:00:00','',NULL,NULL),(102,102,'chenjie','陈杰','00','chenjie@rongxin-cf.example','13906810047','0','','$2a$10$1rXw6yq3Jm8tV9bF0pA2ceG8m4Hn0Zt6qL3Vw1kS7dC5eR9yU2iOa','0','0','10.30.12.44','2024-08-29 17:48:02','2024-03-01 09:00:00','admin','2022-05-10 09:00:00','',NULL,NULL),(103,103,'wangfang','王芳','00','wangfang@rongxin-cf.example','13906810058','1','','$2a$10$9pLq2Wz5Xc8Vb1Nm3Kj4HuT6rE0yQ7wS5dF2gA8hJ1kL4zX6cV3bN','0','0','10.30.13.10','2024-10-09 14:22:51','2024-05-06 11:30:00','admin','2022-05-10 09:00:00','',NULL,'催收二组组长'),(104,104,'zhaolei','赵磊','00','zhaolei@rongxin-cf.example','13906810063','0','','$2a$10$Xc2Vb4Nm6Kj8Hg0Fd2Sa4OeR6tY8uI0oP2aS4dF6gH8jK0lZ2xC4v','0','0','10.30.12.60','2024-10-11 10:05:33','2024-07-01 09:00:00','admin','2022-06-01 09:00:00','',NULL,NULL),(105,105,'sunli','孙丽','00','sunli@rongxin-cf.example','13906810074','1','','$2a$10$Qw3Er5Ty7Ui9Op1As3Df5OgH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5o','0','0','10.30.14.8','2024-10-11 11:40:09','2024-02-20 09:00:00','admin','2022-06-01 09:00:00','',NULL,NULL),(106,106,'liuyang','刘洋','00','liuyang@rongxin-cf.example','13906810085','0','','$2a$10$Lk8Jh6Gf4Ds2Sa0Pl9OkIuY7tR5eW3qA1sD3fG5hJ7kL9zX1cV3bN','0','0','10.30.15.3','2024-10-08 16:02:14','2024-01-15 09:00:00','admin','2022-06-01 09:00:00','',NULL,'风控模型'),(107,110,'hezhi','何志','00','hezhi@rongxin-cf.example','13906810096','0','','$2a$10$Mn4Bv6Cx8Za0Sd2Fg4HjKeL6pO8iU0yT2rE4wQ6aS8dF0gH2jK4lZ','0','0','10.30.16.2','2024-09-27 10:11:45','2024-03-11 09:00:00','admin','2022-06-01 09:00:00','',NULL,'合规审计'),(110,108,'dx_zhoupeng','周鹏','00','','13757100311','0','','$2a$10$Aq2Sw4De6Fr8Gt0Hy2JuKiO4lP6zX8cV0bN2mQ4wE6rT8yU0iO2pA','0','0','115.238.41.77','2024-10-11 09:31:20','2023-02-14 10:00:00','admin','2023-02-14 10:00:00','',NULL,'鼎信 催收员'),(111,108,'dx_night','鼎信夜班','00','','13757100300','2','','$2a$10$Zx1Cv3Bn5Mq7We9Rt1YuIeO3pA5sD7fG9hJ1kL3zX5cV7bN9mQ1wE','0','0','115.238.41.77','2024-10-11 01:12:08','2023-02-14 10:00:00','admin','2023-02-14 10:00:00','',NULL,'鼎信 夜班坐席'),(112,109,'hy_lina','李娜','00','','13857200412','1','','$2a$10$Ty5Ui7Op9As1Df3Gh5JkLeZ7xC9vB1nM3qW5eR7tY9uI1oP3aS5dF','0','0','122.224.60.19','2024-10-10 20:45:36','2023-06-01 15:00:00','admin','2023-06-01 15:00:00','',NULL,'恒远 催收员'),(113,109,'hy_zhuguan','恒远主管','00','','13857200400','0','','$2a$10$Ui6Op8As0Df2Gh4Jk6LzXeC8vB0nM2qW4eR6tY8uI0oP2aS4dF6gH','0','0','122.224.60.19','2024-10-11 08:02:51','2023-06-01 15:00:00','admin','2023-06-01 15:00:00','',NULL,'恒远 项目主管'),(115,107,'test_uat','UAT测试','00','','13800000000','0','','$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2','0','0','10.30.9.40','2024-06-18 15:20:12','2023-11-20 10:00:00','zhangqiang','2023-11-20 10:00:00','',NULL,'上线验收测试用');
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
INSERT INTO `sys_role` VALUES (1,'超级管理员','admin',1,'1',1,1,'0','0','admin','2022-03-01 10:12:30','',NULL,'超级管理员'),(2,'普通角色','common',2,'2',1,1,'0','2','admin','2022-03-01 10:12:30','admin','2022-03-02 16:20:00','普通角色'),(3,'运维管理员','it_ops',3,'1',1,1,'0','0','admin','2022-03-02 09:00:00','',NULL,'用户、角色、日志维护'),(4,'催收专员','collector',4,'5',1,1,'0','0','admin','2022-05-10 09:00:00','',NULL,'只看分配给本人的案件'),(5,'催收组长','collect_leader',5,'4',1,1,'0','0','admin','2022-05-10 09:00:00','',NULL,'本组及以下'),(6,'委外催收员','agency_collector',6,'3',1,1,'0','0','admin','2023-02-14 09:40:00','admin','2023-08-21 17:05:12','委外机构，只看本机构案件；2023-08 应鼎信要求增加导出用于外呼系统'),(7,'质检专员','qc',7,'1',1,1,'0','0','admin','2022-06-01 09:00:00','',NULL,'录音质检抽检'),(8,'客服专员','cs_agent',8,'1',1,1,'0','0','admin','2022-06-01 09:00:00','',NULL,'来电身份核实'),(9,'风控分析','risk_analyst',9,'1',1,1,'0','0','admin','2022-06-01 09:00:00','',NULL,'贷后风险模型'),(10,'合规审计','compliance',10,'1',1,1,'0','0','admin','2022-06-01 09:00:00','',NULL,'查看操作日志');
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
INSERT INTO `sys_user_role` VALUES (1,1),(2,2),(100,3),(101,4),(102,4),(103,5),(104,7),(105,8),(106,9),(107,10),(110,6),(111,6),(112,6),(113,6),(115,4),(115,9);
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
INSERT INTO `sys_role_dept` VALUES (2,100),(2,101),(2,105);
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
INSERT INTO `sys_menu` VALUES (1,'系统管理',0,1,'system',NULL,'',1,0,'M','0','0','','system','admin','2022-03-01 10:12:30','',NULL,'系统管理目录'),(2,'系统监控',0,2,'monitor',NULL,'',1,0,'M','0','0','','monitor','admin','2022-03-01 10:12:30','',NULL,'系统监控目录'),(100,'用户管理',1,1,'user','system/user/index','',1,0,'C','0','0','system:user:list','user','admin','2022-03-01 10:12:30','',NULL,'用户管理菜单'),(101,'角色管理',1,2,'role','system/role/index','',1,0,'C','0','0','system:role:list','peoples','admin','2022-03-01 10:12:30','',NULL,'角色管理菜单'),(500,'操作日志',2,1,'operlog','monitor/operlog/index','',1,0,'C','0','0','monitor:operlog:list','form','admin','2022-03-01 10:12:30','',NULL,'操作日志菜单'),(501,'登录日志',2,2,'logininfor','monitor/logininfor/index','',1,0,'C','0','0','monitor:logininfor:list','logininfor','admin','2022-03-01 10:12:30','',NULL,'登录日志菜单'),(1001,'用户新增',100,2,'','','',1,0,'F','0','0','system:user:add','#','admin','2022-03-01 10:12:30','',NULL,''),(1002,'用户修改',100,3,'','','',1,0,'F','0','0','system:user:edit','#','admin','2022-03-01 10:12:30','',NULL,''),(1003,'重置密码',100,7,'','','',1,0,'F','0','0','system:user:resetPwd','#','admin','2022-03-01 10:12:30','',NULL,''),(1004,'角色修改',101,3,'','','',1,0,'F','0','0','system:role:edit','#','admin','2022-03-01 10:12:30','',NULL,''),(1040,'日志删除',500,2,'#','','',1,0,'F','0','0','monitor:operlog:remove','#','admin','2022-03-01 10:12:30','',NULL,''),(1041,'日志清空',500,4,'#','','',1,0,'F','0','0','monitor:operlog:clean','#','admin','2022-03-01 10:12:30','',NULL,''),(2000,'贷后催收',0,5,'collect',NULL,'',1,0,'M','0','0','','money','admin','2022-05-10 09:00:00','',NULL,''),(2001,'我的案件',2000,1,'case','collect/case/index','',1,0,'C','0','0','collect:case:list','list','admin','2022-05-10 09:00:00','',NULL,'案件工作台'),(2002,'案件详情',2001,1,'','','',1,0,'F','0','0','collect:case:query','#','admin','2022-05-10 09:00:00','',NULL,''),(2003,'案件分配',2001,2,'','','',1,0,'F','0','0','collect:case:assign','#','admin','2022-05-10 09:00:00','',NULL,''),(2004,'案件导出',2001,3,'','','',1,0,'F','0','0','collect:case:export','#','admin','2023-08-21 16:58:40','',NULL,'委外外呼名单导出'),(2010,'紧急联系人',2000,2,'contact','collect/contact/index','',1,0,'C','0','0','collect:contact:list','phone','admin','2022-05-10 09:00:00','',NULL,'联系人（号码脱敏，点击外呼）'),(2020,'通话录音',2000,3,'record','collect/record/index','',1,0,'C','0','0','collect:record:list','job','admin','2022-06-01 09:00:00','',NULL,''),(2021,'录音播放',2020,1,'','','',1,0,'F','0','0','collect:record:play','#','admin','2022-06-01 09:00:00','',NULL,''),(2100,'客户服务',0,6,'cs',NULL,'',1,0,'M','0','0','','peoples','admin','2022-06-01 09:00:00','',NULL,''),(2101,'借款人查询',2100,1,'borrower','cs/borrower/index','',1,0,'C','0','0','cs:borrower:query','search','admin','2022-06-01 09:00:00','',NULL,'来电核实'),(2200,'风险分析',0,7,'risk',NULL,'',1,0,'M','0','0','','chart','admin','2022-06-01 09:00:00','',NULL,''),(2201,'借款人清单',2200,1,'borrower','risk/borrower/index','',1,0,'C','0','0','risk:borrower:list','list','admin','2022-06-01 09:00:00','',NULL,''),(2202,'借款人导出',2201,1,'','','',1,0,'F','0','0','risk:borrower:export','#','admin','2022-06-01 09:00:00','',NULL,'建模样本导出');
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
INSERT INTO `sys_role_menu` VALUES (3,1),(3,2),(3,100),(3,101),(3,500),(3,501),(3,1001),(3,1002),(3,1003),(3,1004),(3,1040),(3,1041),(4,2000),(4,2001),(4,2002),(4,2010),(5,2000),(5,2001),(5,2002),(5,2003),(5,2010),(5,2020),(5,2021),(6,2000),(6,2001),(6,2002),(6,2004),(6,2010),(7,2000),(7,2020),(7,2021),(8,2100),(8,2101),(9,2200),(9,2201),(9,2202),(10,2),(10,500),(10,501);
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
INSERT INTO `sys_oper_log` VALUES (88401,'案件导出',5,'com.rongxin.collect.controller.CaseController.export()','POST',1,'dx_night','委外-鼎信商务咨询','/collect/case/export','115.238.41.77','浙江省 杭州市','{\"agencyCode\":\"DX\",\"overdueStage\":\"M1-M3\"}',NULL,0,'','2024-10-09 23:51:04',18233),(88405,'案件导出',5,'com.rongxin.collect.controller.CaseController.export()','POST',1,'dx_night','委外-鼎信商务咨询','/collect/case/export','115.238.41.77','浙江省 杭州市','{\"agencyCode\":\"DX\",\"overdueStage\":\"M1-M3\"}',NULL,0,'','2024-10-10 23:49:40',17602),(88409,'借款人导出',5,'com.rongxin.risk.controller.BorrowerController.export()','POST',1,'liuyang','风险管理部','/risk/borrower/export','10.30.15.3','内网IP','{\"loanDateFrom\":\"2023-01-01\"}',NULL,0,'','2024-10-08 15:58:21',94110),(88412,'案件导出',5,'com.rongxin.collect.controller.CaseController.export()','POST',1,'hy_zhuguan','委外-恒远信息服务','/collect/case/export','122.224.60.19','浙江省 杭州市','{\"agencyCode\":\"HY\"}',NULL,0,'','2024-10-11 08:05:10',20511),(88415,'用户管理',2,'com.ruoyi.web.controller.system.SysUserController.edit()','PUT',1,'zhangqiang','信息科技部','/system/user','10.30.9.22','内网IP','{\"userId\":115,\"status\":\"0\"}',NULL,0,'','2024-10-10 18:30:12',41),(88418,'操作日志',9,'com.ruoyi.web.controller.monitor.SysOperlogController.clean()','DELETE',1,'zhangqiang','信息科技部','/monitor/operlog/clean','10.30.9.22','内网IP','',NULL,0,'','2024-07-01 09:00:03',512);
/*!40000 ALTER TABLE `sys_oper_log` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-10-11 19:20:07
