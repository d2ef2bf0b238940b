-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.20.1.21    Database: qiyun_pms_sys
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
-- Table structure for table `sys_depart`
--

DROP TABLE IF EXISTS `sys_depart`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_depart` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `parent_id` varchar(32) DEFAULT NULL COMMENT '父机构ID',
  `depart_name` varchar(100) NOT NULL COMMENT '机构/部门名称',
  `depart_name_en` varchar(500) DEFAULT NULL COMMENT '英文名',
  `depart_order` int DEFAULT '0' COMMENT '排序',
  `org_category` varchar(10) NOT NULL DEFAULT '1' COMMENT '机构类别 1公司，2组织机构，3岗位',
  `org_type` varchar(10) DEFAULT NULL COMMENT '机构类型 1一级部门 2子部门',
  `org_code` varchar(64) NOT NULL COMMENT '机构编码',
  `mobile` varchar(32) DEFAULT NULL COMMENT '手机号',
  `address` varchar(100) DEFAULT NULL COMMENT '地址',
  `status` varchar(1) DEFAULT NULL COMMENT '状态（1启用，0不启用）',
  `del_flag` varchar(1) DEFAULT NULL COMMENT '删除状态（0，正常，1已删除）',
  `create_by` varchar(32) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建日期',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uniq_depart_org_code` (`org_code`) USING BTREE,
  KEY `idx_sd_parent_id` (`parent_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC COMMENT='组织机构表';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sys_depart`
--

LOCK TABLES `sys_depart` WRITE;
/*!40000 ALTER TABLE `sys_depart` DISABLE KEYS */;
INSERT INTO `sys_depart` VALUES ('1600000000000000001','','栖云酒店集团',NULL,0,'1','1','A01',NULL,'杭州市上城区','1','0','admin','2022-03-01 09:00:00'),('1600000000000000002','1600000000000000001','信息技术部',NULL,1,'2','2','A01A01',NULL,NULL,'1','0','admin','2022-03-01 09:00:00'),('1600000000000000003','1600000000000000001','收益管理部',NULL,2,'2','2','A01A02',NULL,NULL,'1','0','admin','2022-03-01 09:00:00'),('1600000000000000004','1600000000000000001','会员营销部',NULL,3,'2','2','A01A03',NULL,NULL,'1','0','admin','2022-03-01 09:00:00'),('1600000000000000005','1600000000000000001','华东区域',NULL,4,'2','2','A01A04',NULL,NULL,'1','0','admin','2022-03-01 09:00:00'),('1600000000000000006','1600000000000000005','杭州西湖店',NULL,1,'2','2','A01A04A01','0571-87000001','杭州市西湖区曙光路','1','0','admin','2022-03-01 09:00:00'),('1600000000000000007','1600000000000000005','杭州滨江店',NULL,2,'2','2','A01A04A02','0571-87000002','杭州市滨江区江南大道','1','0','admin','2022-03-01 09:00:00'),('1600000000000000008','1600000000000000001','华南区域',NULL,5,'2','2','A01A05',NULL,NULL,'1','0','admin','2022-03-01 09:00:00'),('1600000000000000009','1600000000000000008','深圳南山店',NULL,1,'2','2','A01A05A01','0755-26000001','深圳市南山区科技园','1','0','admin','2022-03-01 09:00:00'),('1600000000000000010','1600000000000000001','安全保卫部',NULL,6,'2','2','A01A06',NULL,NULL,'1','0','admin','2022-03-01 09:00:00');
/*!40000 ALTER TABLE `sys_depart` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_permission`
--

DROP TABLE IF EXISTS `sys_permission`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_permission` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `parent_id` varchar(32) DEFAULT NULL COMMENT '父id',
  `name` varchar(255) DEFAULT NULL COMMENT '菜单标题',
  `url` varchar(255) DEFAULT NULL COMMENT '路径',
  `component` varchar(255) DEFAULT NULL COMMENT '组件',
  `menu_type` int DEFAULT NULL COMMENT '菜单类型(0:一级菜单; 1:子菜单:2:按钮权限)',
  `perms` varchar(255) DEFAULT NULL COMMENT '菜单权限编码',
  `perms_type` varchar(10) DEFAULT '0' COMMENT '权限策略1显示2禁用',
  `sort_no` double(8,2) DEFAULT NULL COMMENT '菜单排序',
  `is_leaf` tinyint(1) DEFAULT NULL COMMENT '是否叶子节点:    1:是   0:不是',
  `hidden` int DEFAULT '0' COMMENT '是否隐藏路由: 0否,1是',
  `del_flag` int DEFAULT '0' COMMENT '删除状态 0正常 1已删除',
  `rule_flag` int DEFAULT '0' COMMENT '是否添加数据权限1是0否',
  `status` varchar(2) DEFAULT NULL COMMENT '按钮权限状态(0无效1有效)',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `index_prem_pid` (`parent_id`) USING BTREE,
  KEY `index_prem_del_flag` (`del_flag`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC COMMENT='菜单权限表';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sys_permission`
--

LOCK TABLES `sys_permission` WRITE;
/*!40000 ALTER TABLE `sys_permission` DISABLE KEYS */;
INSERT INTO `sys_permission` VALUES ('1610000000000000100','','住客管理','/guest','layouts/RouteView',0,NULL,'1',2.00,0,0,0,0,'1','2022-03-10 10:00:00'),('1610000000000000101','1610000000000000100','在住及历史住客查询','/guest/stay/list','guest/stay/GuestStayList',1,'guest:stay:list','1',1.00,1,0,0,1,'1','2022-03-10 10:00:00'),('1610000000000000102','1610000000000000101','导出住客','/guest/stay/exportXls',NULL,2,'guest:stay:export','1',2.00,1,0,0,1,'1','2022-03-10 10:00:00'),('1610000000000000103','1610000000000000101','查看证件及人脸照片','/guest/stay/idPhoto',NULL,2,'guest:idphoto:view','1',3.00,1,0,0,1,'1','2022-03-10 10:00:00'),('1610000000000000200','','会员中心','/member','layouts/RouteView',0,NULL,'1',3.00,0,0,0,0,'1','2022-03-10 10:00:00'),('1610000000000000201','1610000000000000200','会员档案','/member/profile/list','member/MemberProfileList',1,'member:profile:list','1',1.00,1,0,0,1,'1','2022-03-10 10:00:00'),('1610000000000000202','1610000000000000201','会员导出','/member/profile/exportXls',NULL,2,'member:profile:export','1',2.00,1,0,0,0,'1','2022-03-10 10:00:00'),('1610000000000000300','','治安上报','/police/upload/log','police/UploadLogList',1,'police:upload:log','1',4.00,1,0,0,0,'1','2022-03-10 10:00:00'),('1610000000000000400','','房态看板','/room/board','room/RoomBoard',1,'room:board:view','1',1.00,1,0,0,0,'1','2022-03-10 10:00:00');
/*!40000 ALTER TABLE `sys_permission` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_permission_data_rule`
--

DROP TABLE IF EXISTS `sys_permission_data_rule`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_permission_data_rule` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `permission_id` varchar(32) DEFAULT NULL COMMENT '菜单ID',
  `rule_name` varchar(50) DEFAULT NULL COMMENT '规则名称',
  `rule_column` varchar(50) DEFAULT NULL COMMENT '字段',
  `rule_conditions` varchar(50) DEFAULT NULL COMMENT '条件',
  `rule_value` varchar(300) DEFAULT NULL COMMENT '规则值',
  `status` varchar(3) DEFAULT NULL COMMENT '权限有效状态1有0否',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `create_by` varchar(32) DEFAULT NULL,
  `update_time` datetime DEFAULT NULL COMMENT '修改时间',
  `update_by` varchar(32) DEFAULT NULL COMMENT '修改人',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_sppdr_permission_id` (`permission_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sys_permission_data_rule`
--

LOCK TABLES `sys_permission_data_rule` WRITE;
/*!40000 ALTER TABLE `sys_permission_data_rule` DISABLE KEYS */;
INSERT INTO `sys_permission_data_rule` VALUES ('1620000000000000001','1610000000000000101','本门店住客','hotel_org_code','=','#{sys_org_code}','1','2022-03-12 14:00:00','admin',NULL,NULL),('1620000000000000002','1610000000000000101','本区域及下属门店住客','hotel_org_code','RIGHT_LIKE','#{sys_org_code}','1','2022-03-12 14:00:00','admin',NULL,NULL),('1620000000000000003','1610000000000000102','本门店住客导出','hotel_org_code','=','#{sys_org_code}','1','2022-03-12 14:00:00','admin',NULL,NULL),('1620000000000000004','1610000000000000103','本门店证件照片','hotel_org_code','=','#{sys_org_code}','1','2022-03-12 14:00:00','admin',NULL,NULL),('1620000000000000005','1610000000000000103','安保负责门店','','USE_SQL_RULES','hotel_org_code in (select org_code from sec_officer_hotel where user_id = \'#{sys_user_id}\' and del_flag = 0)','1','2023-02-20 16:30:00','admin',NULL,NULL),('1620000000000000006','1610000000000000201','近三年活跃会员','last_stay_date','>=','2021-01-01','0','2022-05-01 11:00:00','admin','2022-09-01 10:00:00','admin');
/*!40000 ALTER TABLE `sys_permission_data_rule` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_role`
--

DROP TABLE IF EXISTS `sys_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
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
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uniq_sys_role_role_code` (`role_code`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC COMMENT='角色表';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sys_role`
--

LOCK TABLES `sys_role` WRITE;
/*!40000 ALTER TABLE `sys_role` DISABLE KEYS */;
INSERT INTO `sys_role` VALUES ('f6817f48af4fb3af11b9e8bf182f618b','管理员','admin','管理员','admin','2018-12-21 18:03:39','admin','2019-05-20 11:40:26',0),('1630000000000000001','前台接待','front_desk','门店前台：入住登记、住客查询、人证核验照片','admin','2022-03-12 15:00:00',NULL,NULL,0),('1630000000000000002','店长','store_manager','门店店长','admin','2022-03-12 15:00:00',NULL,NULL,0),('1630000000000000003','区域经理','region_manager','区域运营经理，管辖区域内门店','admin','2022-03-12 15:00:00',NULL,NULL,0),('1630000000000000004','收益分析','revenue_analyst','集团收益管理：出租率、房价分析','admin','2022-04-06 09:30:00',NULL,NULL,0),('1630000000000000005','会员营销','member_marketing','会员营销活动','admin','2022-05-01 11:00:00',NULL,NULL,0),('1630000000000000006','安保专员','security_officer','安全保卫部：协助公安核查','admin','2023-02-20 16:00:00',NULL,NULL,0);
/*!40000 ALTER TABLE `sys_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_role_permission`
--

DROP TABLE IF EXISTS `sys_role_permission`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_role_permission` (
  `id` varchar(32) NOT NULL,
  `role_id` varchar(32) DEFAULT NULL COMMENT '角色id',
  `permission_id` varchar(32) DEFAULT NULL COMMENT '权限id',
  `data_rule_ids` varchar(1000) DEFAULT NULL COMMENT '数据权限ids',
  `operate_date` datetime DEFAULT NULL COMMENT '操作时间',
  `operate_ip` varchar(100) DEFAULT NULL COMMENT '操作ip',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_srp_role_per_id` (`role_id`,`permission_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC COMMENT='角色权限表';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sys_role_permission`
--

LOCK TABLES `sys_role_permission` WRITE;
/*!40000 ALTER TABLE `sys_role_permission` DISABLE KEYS */;
INSERT INTO `sys_role_permission` VALUES ('1640000000000000001','f6817f48af4fb3af11b9e8bf182f618b','1610000000000000101',NULL,'2022-03-12 15:10:00','10.20.1.30'),('1640000000000000002','f6817f48af4fb3af11b9e8bf182f618b','1610000000000000102',NULL,'2022-03-12 15:10:00','10.20.1.30'),('1640000000000000003','f6817f48af4fb3af11b9e8bf182f618b','1610000000000000103',NULL,'2022-03-12 15:10:00','10.20.1.30'),('1640000000000000004','f6817f48af4fb3af11b9e8bf182f618b','1610000000000000201',NULL,'2022-03-12 15:10:00','10.20.1.30'),('1640000000000000005','f6817f48af4fb3af11b9e8bf182f618b','1610000000000000202',NULL,'2022-03-12 15:10:00','10.20.1.30'),('1640000000000000006','f6817f48af4fb3af11b9e8bf182f618b','1610000000000000300',NULL,'2022-03-12 15:10:00','10.20.1.30'),('1640000000000000011','1630000000000000001','1610000000000000101','1620000000000000001','2022-03-12 15:20:00','10.20.1.30'),('1640000000000000012','1630000000000000001','1610000000000000103','1620000000000000004','2022-03-12 15:20:00','10.20.1.30'),('1640000000000000013','1630000000000000001','1610000000000000400',NULL,'2022-03-12 15:20:00','10.20.1.30'),('1640000000000000021','1630000000000000002','1610000000000000101','1620000000000000001','2022-03-12 15:25:00','10.20.1.30'),('1640000000000000022','1630000000000000002','1610000000000000102','1620000000000000003','2022-03-12 15:25:00','10.20.1.30'),('1640000000000000023','1630000000000000002','1610000000000000400',NULL,'2022-03-12 15:25:00','10.20.1.30'),('1640000000000000031','1630000000000000003','1610000000000000101','1620000000000000002','2022-03-12 15:30:00','10.20.1.30'),('1640000000000000041','1630000000000000004','1610000000000000101',NULL,'2022-04-06 09:40:00','10.20.1.30'),('1640000000000000042','1630000000000000004','1610000000000000102',NULL,'2022-04-06 09:40:00','10.20.1.30'),('1640000000000000051','1630000000000000005','1610000000000000201',NULL,'2022-05-01 11:10:00','10.20.1.30'),('1640000000000000052','1630000000000000005','1610000000000000202',NULL,'2022-05-01 11:10:00','10.20.1.30'),('1640000000000000061','1630000000000000006','1610000000000000101','1620000000000000005','2023-02-20 16:40:00','10.20.1.30'),('1640000000000000062','1630000000000000006','1610000000000000103','1620000000000000005','2023-02-20 16:40:00','10.20.1.30'),('1640000000000000063','1630000000000000006','1610000000000000300',NULL,'2023-02-20 16:40:00','10.20.1.30');
/*!40000 ALTER TABLE `sys_role_permission` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_user`
--

DROP TABLE IF EXISTS `sys_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
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
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `index_user_name` (`username`) USING BTREE,
  UNIQUE KEY `uniq_sys_user_work_no` (`work_no`) USING BTREE,
  KEY `index_user_status` (`status`) USING BTREE,
  KEY `index_user_del_flag` (`del_flag`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC COMMENT='用户表';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sys_user`
--

LOCK TABLES `sys_user` WRITE;
/*!40000 ALTER TABLE `sys_user` DISABLE KEYS */;
INSERT INTO `sys_user` VALUES ('e9ca23d68d884d4ebb19d07889727dae','admin','管理员','cb362cfeefbf3d8d','RCGTeGiH','https://static.jeecg.com/temp/国炬软件logo_1606575029126.png','2018-12-05 00:00:00',1,'jeecg@163.com','18611111111','A01',1,0,NULL,NULL,1,'00001','总经理',NULL,NULL,'2019-06-21 17:54:10','admin','2022-03-01 09:05:00',2,'',NULL,0,NULL),('1650000000000000001','zhouyan','周燕','5b0e6c5a3f1d92e4','pQ7rTz1K',NULL,NULL,2,NULL,'13857100311','A01A04A01',1,0,NULL,NULL,1,'QY20190311','前台主管',NULL,'admin','2022-03-15 10:00:00',NULL,NULL,1,NULL,NULL,0,NULL),('1650000000000000002','liting','李婷','a1d93c07e54b2f86','Xv2mWq8D',NULL,NULL,2,NULL,'13957100517','A01A04A01',1,0,NULL,NULL,1,'QY20200517','前台接待',NULL,'admin','2022-03-15 10:00:00',NULL,NULL,1,NULL,NULL,0,NULL),('1650000000000000003','chenhao','陈浩','0f4c8e2b9d7a1356','Lm4nBv6C',NULL,NULL,1,NULL,'15067100102','A01A04A02',1,0,NULL,NULL,1,'QY20210102','前台接待',NULL,'admin','2022-03-15 10:00:00',NULL,NULL,1,NULL,NULL,0,NULL),('1650000000000000004','huangxin','黄欣','7e2a5d1c0b9f4638','Rt5yUi7O',NULL,NULL,2,NULL,'13723400815','A01A05A01',1,0,NULL,NULL,1,'QY20220815','前台接待',NULL,'admin','2022-08-20 09:30:00',NULL,NULL,1,NULL,NULL,0,NULL),('1650000000000000005','xuli','徐丽','c3b1f7e09a2d5468','Hg8jKl9Z',NULL,NULL,2,NULL,'13605710403','A01A04A01',1,0,NULL,NULL,1,'QY20170403','店长',NULL,'admin','2022-03-15 10:00:00',NULL,NULL,2,'1600000000000000006',NULL,0,NULL),('1650000000000000006','gaofeng','高峰','9a8b7c6d5e4f3021','Qw1eRt2Y',NULL,NULL,1,NULL,'13805710901','A01A04',1,0,NULL,NULL,1,'QY20160901','华东区域经理',NULL,'admin','2022-03-15 10:00:00',NULL,NULL,2,'1600000000000000005',NULL,0,NULL),('1650000000000000007','sunqian','孙倩','4d3c2b1a0f9e8d7c','As3dFg4H',NULL,NULL,2,'sunqian@qiyun-hotels.example','18758100301','A01A02',1,0,NULL,NULL,1,'QY20200301','收益分析师',NULL,'admin','2022-04-06 09:45:00',NULL,NULL,1,NULL,NULL,0,NULL),('1650000000000000008','zhaomin','赵敏','e5f6a7b8c9d0e1f2','Zx5cVb6N',NULL,NULL,2,'zhaomin@qiyun-hotels.example','18858100620','A01A03',1,0,NULL,NULL,1,'QY20180620','会员营销经理',NULL,'admin','2022-05-01 11:15:00',NULL,NULL,1,NULL,NULL,0,NULL),('1650000000000000009','wujun','吴军','1a2b3c4d5e6f7a8b','Mn7bVc8X',NULL,NULL,1,NULL,'13588100801','A01A06',1,0,NULL,NULL,1,'QY20190801','安保专员',NULL,'admin','2023-02-20 16:45:00',NULL,NULL,1,NULL,NULL,0,NULL),('1650000000000000010','yy_tianyu','田宇（云驿实施）','8c7d6e5f4a3b2c1d','Po9iUy8T',NULL,NULL,1,'tianyu@yunyi-soft.example','17300571017','A01A01',1,0,NULL,NULL,1,'YY-017','实施工程师',NULL,'admin','2022-03-02 14:00:00','admin','2024-09-12 10:20:00',1,NULL,NULL,0,NULL),('1650000000000000011','hefang','何芳','2e3f4a5b6c7d8e9f','Ws4eDr5F',NULL,NULL,2,NULL,'13713400510','A01A05A01',2,0,NULL,NULL,1,'QY20150510','前台主管',NULL,'admin','2022-08-20 09:30:00','admin','2024-03-29 18:00:00',1,NULL,NULL,0,NULL),('1650000000000000012','test01','测试账号','6f5e4d3c2b1a0987','Te1sT2aB',NULL,NULL,0,NULL,NULL,'A01A01',1,1,NULL,NULL,1,NULL,NULL,NULL,'admin','2022-03-02 14:30:00','admin','2022-06-30 12:00:00',1,NULL,NULL,0,NULL);
/*!40000 ALTER TABLE `sys_user` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sys_user_role`
--

DROP TABLE IF EXISTS `sys_user_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_user_role` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `user_id` varchar(32) DEFAULT NULL COMMENT '用户id',
  `role_id` varchar(32) DEFAULT NULL COMMENT '角色id',
  `tenant_id` int DEFAULT '0' COMMENT '租户ID',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_sur_user_id` (`user_id`) USING BTREE,
  KEY `idx_sur_role_id` (`role_id`) USING BTREE,
  KEY `idx_sur_user_role_id` (`user_id`,`role_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC COMMENT='用户角色表';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sys_user_role`
--

LOCK TABLES `sys_user_role` WRITE;
/*!40000 ALTER TABLE `sys_user_role` DISABLE KEYS */;
INSERT INTO `sys_user_role` VALUES ('f2de3ae7b5efd8345581aa802a6675d6','e9ca23d68d884d4ebb19d07889727dae','f6817f48af4fb3af11b9e8bf182f618b',0),('1660000000000000001','1650000000000000001','1630000000000000001',0),('1660000000000000002','1650000000000000002','1630000000000000001',0),('1660000000000000003','1650000000000000003','1630000000000000001',0),('1660000000000000004','1650000000000000004','1630000000000000001',0),('1660000000000000005','1650000000000000005','1630000000000000002',0),('1660000000000000006','1650000000000000006','1630000000000000003',0),('1660000000000000007','1650000000000000007','1630000000000000004',0),('1660000000000000008','1650000000000000008','1630000000000000005',0),('1660000000000000009','1650000000000000009','1630000000000000006',0),('1660000000000000010','1650000000000000010','f6817f48af4fb3af11b9e8bf182f618b',0),('1660000000000000011','1650000000000000011','1630000000000000001',0),('1660000000000000012','1650000000000000012','f6817f48af4fb3af11b9e8bf182f618b',0);
/*!40000 ALTER TABLE `sys_user_role` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-10-08  2:10:03
