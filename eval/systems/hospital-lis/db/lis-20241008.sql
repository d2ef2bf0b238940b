-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
--
-- Host: 10.30.2.11    Database: lis
-- ------------------------------------------------------
-- Server version	5.7.44-log

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `lab_result`
--

DROP TABLE IF EXISTS `lab_result`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `lab_result` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `specimen_no` varchar(32) NOT NULL COMMENT '标本号',
  `patient_id` varchar(20) NOT NULL COMMENT '患者ID',
  `item_code` varchar(20) NOT NULL COMMENT '检验项目代码',
  `item_name` varchar(64) NOT NULL COMMENT '检验项目名称',
  `result_value` varchar(64) DEFAULT NULL COMMENT '结果',
  `abnormal_flag` char(1) DEFAULT NULL COMMENT '异常标志 H/L/N',
  `sensitive_flag` tinyint(1) NOT NULL DEFAULT '0' COMMENT '敏感项目(HIV/梅毒/乙肝等)',
  `result_time` datetime NOT NULL COMMENT '报告时间',
  `tested_by` varchar(32) DEFAULT NULL COMMENT '检验者',
  `verified_by` varchar(32) DEFAULT NULL COMMENT '审核者',
  PRIMARY KEY (`id`),
  KEY `idx_specimen` (`specimen_no`),
  KEY `idx_patient` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='检验结果';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `lab_result`
--

LOCK TABLES `lab_result` WRITE;
/*!40000 ALTER TABLE `lab_result` DISABLE KEYS */;
INSERT INTO `lab_result` VALUES (9001200,'S202410080031','P000184221','HBsAg','乙肝表面抗原','阴性','N',1,'2024-10-08 10:20:00','wang.jy','li.wm'),(9001201,'S202410080032','P000184222','GLU','空腹血糖','7.8','H',0,'2024-10-08 11:20:00','wang.jy','li.wm'),(9001202,'S202410080033','P000184223','HIV-Ab','HIV抗体初筛','阴性','N',1,'2024-10-08 12:20:00','wang.jy','li.wm'),(9001203,'S202410080034','P000184224','TP-Ab','梅毒螺旋体抗体','阳性','H',1,'2024-10-08 13:20:00','wang.jy','li.wm'),(9001204,'S202410080035','P000184225','HbA1c','糖化血红蛋白','6.9','H',0,'2024-10-08 14:20:00','wang.jy','li.wm');
/*!40000 ALTER TABLE `lab_result` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `patient`
--

DROP TABLE IF EXISTS `patient`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `patient` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `patient_id` varchar(20) NOT NULL COMMENT '患者ID（HIS）',
  `name` varchar(32) NOT NULL COMMENT '姓名',
  `gender` tinyint(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `birth_date` date DEFAULT NULL COMMENT '出生日期',
  `id_card_masked` varchar(18) DEFAULT NULL COMMENT '身份证号（脱敏，显示用）',
  `id_card_enc` varchar(128) DEFAULT NULL COMMENT '身份证号（加密）',
  `phone_masked` varchar(11) DEFAULT NULL COMMENT '手机号（脱敏）',
  `phone_enc` varchar(128) DEFAULT NULL COMMENT '手机号（加密）',
  `card_no` varchar(20) DEFAULT NULL COMMENT '就诊卡号',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_patient_id` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='患者基本信息';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `patient`
--

LOCK TABLES `patient` WRITE;
/*!40000 ALTER TABLE `patient` DISABLE KEYS */;
INSERT INTO `patient` VALUES (184221,'P000184221','王建国',1,'1958-03-12','330102********2317','ENC:MzMwMTAyMTk1ODAzMTIyMzE3','139****1234','ENC:MTM5MDU3MTEyMzQ=','MZ880100','2023-03-01 09:10:00','2024-09-20 10:00:00'),(184222,'P000184222','陈秀英',2,'1962-11-05','330104********2025','ENC:MzMwMTA0MTk2MjExMDUyMDI1','135****2345','ENC:MTM1ODgwMDIzNDU=','MZ880101','2023-03-02 09:11:00','2024-09-21 10:00:00'),(184223,'P000184223','刘洋',1,'1990-07-21','330106********4011','ENC:MzMwMTA2MTk5MDA3MjE0MDEx','186****3456','ENC:MTg2NTcxMDM0NTY=','MZ880102','2023-03-03 09:12:00','2024-09-22 10:00:00'),(184224,'P000184224','张敏',2,'1985-02-14','330108********6624','ENC:MzMwMTA4MTk4NTAyMTQ2NjI0','159****4567','ENC:MTU5NjcxMDQ1Njc=','MZ880103','2023-03-04 09:13:00','2024-09-23 10:00:00'),(184225,'P000184225','李强',1,'1977-09-30','330105********151X','ENC:MzMwMTA1MTk3NzA5MzAxNTFY','137****5678','ENC:MTM3NTcxMDU2Nzg=','MZ880104','2023-03-05 09:14:00','2024-09-24 10:00:00');
/*!40000 ALTER TABLE `patient` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `patient_bak_20230315`
--

DROP TABLE IF EXISTS `patient_bak_20230315`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `patient_bak_20230315` (
  `id` bigint(20) NOT NULL DEFAULT '0',
  `patient_id` varchar(20) NOT NULL COMMENT '患者ID（HIS）',
  `name` varchar(32) NOT NULL COMMENT '姓名',
  `gender` tinyint(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `birth_date` date DEFAULT NULL COMMENT '出生日期',
  `id_card` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `phone` varchar(11) DEFAULT NULL COMMENT '手机号',
  `address` varchar(128) DEFAULT NULL COMMENT '住址',
  `card_no` varchar(20) DEFAULT NULL COMMENT '就诊卡号',
  `created_at` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `patient_bak_20230315`
--

LOCK TABLES `patient_bak_20230315` WRITE;
/*!40000 ALTER TABLE `patient_bak_20230315` DISABLE KEYS */;
INSERT INTO `patient_bak_20230315` VALUES (184221,'P000184221','王建国',1,'1958-03-12','330102195803122317','13905711234','浙江省明湖市上城区解放路88号','MZ880100','2023-03-01 09:10:00'),(184222,'P000184222','陈秀英',2,'1962-11-05','330104196211052025','13588002345','浙江省明湖市拱墅区湖墅南路12号','MZ880101','2023-03-02 09:11:00'),(184223,'P000184223','刘洋',1,'1990-07-21','330106199007214011','18657103456','浙江省明湖市西湖区文三路199号','MZ880102','2023-03-03 09:12:00'),(184224,'P000184224','张敏',2,'1985-02-14','330108198502146624','15967104567','浙江省明湖市滨江区长河路3号','MZ880103','2023-03-04 09:13:00'),(184225,'P000184225','李强',1,'1977-09-30','33010519770930151X','13757105678','浙江省明湖市萧山区人民路45号','MZ880104','2023-03-05 09:14:00');
/*!40000 ALTER TABLE `patient_bak_20230315` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `qc_daily`
--

DROP TABLE IF EXISTS `qc_daily`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `qc_daily` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `qc_date` date NOT NULL COMMENT '质控日期',
  `instrument` varchar(32) NOT NULL COMMENT '仪器',
  `item_code` varchar(20) NOT NULL,
  `level` varchar(8) NOT NULL COMMENT '质控水平',
  `measured` decimal(10,3) DEFAULT NULL,
  `target` decimal(10,3) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='室内质控';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `qc_daily`
--

LOCK TABLES `qc_daily` WRITE;
/*!40000 ALTER TABLE `qc_daily` DISABLE KEYS */;
INSERT INTO `qc_daily` VALUES (1,'2024-10-08','Cobas c702','GLU','L1',5.120,5.100),(2,'2024-10-08','Cobas c702','GLU','L2',15.310,15.200);
/*!40000 ALTER TABLE `qc_daily` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-10-08 23:40:12
