-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.30.2.15    Database: hy_lims
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
-- Table structure for table `biobank_sample`
--

DROP TABLE IF EXISTS `biobank_sample`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `biobank_sample` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sample_barcode` varchar(20) NOT NULL COMMENT '原样本条码',
  `sample_source` varchar(16) NOT NULL COMMENT 'consumer/nipt/newborn/tumor',
  `customer_id` bigint DEFAULT NULL COMMENT '消费者样本对应客户',
  `nipt_sample_no` varchar(20) DEFAULT NULL COMMENT '临床样本对应 NIPT 样本号',
  `tube_position` varchar(32) DEFAULT NULL COMMENT '冻存位置 冰箱-架-盒-孔',
  `volume_ul` int DEFAULT NULL,
  `dna_conc` decimal(8,2) DEFAULT NULL COMMENT 'DNA 浓度 ng/ul',
  `research_consent` tinyint NOT NULL DEFAULT '1' COMMENT '科研使用同意（下单页默认勾选）',
  `project_code` varchar(32) DEFAULT NULL COMMENT '科研项目编号',
  `stored_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_barcode` (`sample_barcode`),
  KEY `idx_project` (`project_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='剩余样本库';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `counsel_record`
--

DROP TABLE IF EXISTS `counsel_record`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `counsel_record` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NOT NULL,
  `counsellor_id` int NOT NULL,
  `call_time` datetime NOT NULL,
  `summary` text COMMENT '咨询摘要',
  `family_history_note` text COMMENT '家族史记录',
  `recording_key` varchar(255) DEFAULT NULL COMMENT '通话录音 OSS key',
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='遗传咨询记录';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `customer`
--

DROP TABLE IF EXISTS `customer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `customer` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL COMMENT '姓名',
  `phone` varchar(20) NOT NULL COMMENT '手机号',
  `id_no_enc` varchar(128) DEFAULT NULL COMMENT '身份证号 AES',
  `gender` tinyint DEFAULT NULL,
  `birth_date` date DEFAULT NULL,
  `province` varchar(32) DEFAULT NULL,
  `city` varchar(32) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL COMMENT '收货地址',
  `wx_openid` varchar(64) DEFAULT NULL,
  `status` varchar(16) NOT NULL DEFAULT 'active' COMMENT 'active/cancelled',
  `cancelled_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_phone` (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='消费者';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `genotype_report`
--

DROP TABLE IF EXISTS `genotype_report`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `genotype_report` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NOT NULL,
  `kit_barcode` varchar(20) NOT NULL,
  `report_type` varchar(20) NOT NULL COMMENT 'health/carrier/ancestry/drug',
  `risk_summary` text COMMENT '疾病风险结论',
  `carrier_summary` text COMMENT '携带者筛查结论',
  `ancestry_json` json DEFAULT NULL,
  `variants_json` json DEFAULT NULL COMMENT '检出位点 rsID/基因型',
  `pdf_key` varchar(255) DEFAULT NULL COMMENT 'hy-report-pdf 对象 key',
  `status` varchar(16) NOT NULL DEFAULT 'draft',
  `version` int NOT NULL DEFAULT '1',
  `published_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`),
  KEY `idx_kit` (`kit_barcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='消费级基因检测报告';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `health_questionnaire`
--

DROP TABLE IF EXISTS `health_questionnaire`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `health_questionnaire` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NOT NULL,
  `family_history` json DEFAULT NULL COMMENT '家族病史',
  `past_illness` json DEFAULT NULL COMMENT '既往病史',
  `smoking` tinyint DEFAULT NULL,
  `drinking` tinyint DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='健康问卷';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `hospital`
--

DROP TABLE IF EXISTS `hospital`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `hospital` (
  `code` varchar(16) NOT NULL,
  `name` varchar(128) NOT NULL,
  `city` varchar(32) DEFAULT NULL,
  `level` varchar(16) DEFAULT NULL,
  `contract_status` varchar(16) DEFAULT NULL,
  `app_key` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='合作医院';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `hospital`
--

LOCK TABLES `hospital` WRITE;
/*!40000 ALTER TABLE `hospital` DISABLE KEYS */;
INSERT INTO `hospital` VALUES ('GD-SZ-0007','深圳市某区妇幼保健院','深圳','三级甲等','active','hk_7f3a19c0'),('GD-DG-0012','东莞市某医院','东莞','三级乙等','active','hk_29be44d1'),('GX-NN-0003','南宁市某妇幼保健院','南宁','三级甲等','suspended','hk_b5c02e87');
/*!40000 ALTER TABLE `hospital` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `kit_order`
--

DROP TABLE IF EXISTS `kit_order`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `kit_order` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_no` varchar(32) NOT NULL,
  `customer_id` bigint NOT NULL,
  `product_code` varchar(32) NOT NULL COMMENT '祖源/健康/携带者/全基因组',
  `kit_barcode` varchar(20) DEFAULT NULL,
  `receiver_name` varchar(64) NOT NULL,
  `receiver_phone` varchar(20) NOT NULL,
  `receiver_address` varchar(255) NOT NULL,
  `express_no` varchar(32) DEFAULT NULL COMMENT '回寄运单号',
  `consent_version` varchar(16) DEFAULT NULL COMMENT '知情同意书版本',
  `consent_at` datetime DEFAULT NULL,
  `paid_amount` decimal(10,2) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_order` (`order_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='检测套件订单';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `newborn_screen`
--

DROP TABLE IF EXISTS `newborn_screen`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `newborn_screen` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `card_no` varchar(20) NOT NULL COMMENT '滤纸片卡号',
  `hospital_code` varchar(16) NOT NULL,
  `baby_gender` tinyint DEFAULT NULL,
  `birth_date` date NOT NULL,
  `mother_name` varchar(64) NOT NULL,
  `mother_phone` varchar(20) DEFAULT NULL,
  `panel` varchar(32) NOT NULL COMMENT '遗传代谢病 / 耳聋基因',
  `result` varchar(32) DEFAULT NULL COMMENT '低风险/高风险/待复查',
  `variants_json` json DEFAULT NULL,
  `reported_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_card` (`card_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='新生儿筛查';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `nipt_case`
--

DROP TABLE IF EXISTS `nipt_case`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `nipt_case` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sample_no` varchar(20) NOT NULL COMMENT '样本号',
  `hospital_code` varchar(16) NOT NULL,
  `doctor_name` varchar(64) DEFAULT NULL,
  `outpatient_no` varchar(32) DEFAULT NULL,
  `patient_name` varchar(64) DEFAULT NULL,
  `patient_id_no` varchar(32) DEFAULT NULL COMMENT '孕妇身份证号',
  `patient_phone` varchar(20) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `gestational_week` varchar(8) DEFAULT NULL COMMENT '孕周',
  `ivf` tinyint DEFAULT NULL COMMENT '是否试管',
  `history_json` json DEFAULT NULL COMMENT '孕产史/超声异常',
  `fetal_fraction` decimal(5,2) DEFAULT NULL,
  `chr_xy_ratio` decimal(8,4) DEFAULT NULL COMMENT '性染色体比值（内部质控，不出报告）',
  `t21_risk` varchar(16) DEFAULT NULL,
  `t18_risk` varchar(16) DEFAULT NULL,
  `t13_risk` varchar(16) DEFAULT NULL,
  `result_conclusion` varchar(255) DEFAULT NULL,
  `report_status` varchar(16) DEFAULT NULL,
  `report_pdf_key` varchar(255) DEFAULT NULL,
  `received_at` datetime NOT NULL,
  `report_signed_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_sample` (`sample_no`),
  KEY `idx_hospital` (`hospital_code`,`received_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='无创产前检测病例';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `nipt_case_bak_20230612`
--

DROP TABLE IF EXISTS `nipt_case_bak_20230612`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `nipt_case_bak_20230612` (
  `id` bigint NOT NULL DEFAULT '0',
  `sample_no` varchar(20) NOT NULL COMMENT '样本号',
  `hospital_code` varchar(16) NOT NULL,
  `patient_name` varchar(64) DEFAULT NULL,
  `patient_id_no` varchar(32) DEFAULT NULL,
  `patient_phone` varchar(20) DEFAULT NULL,
  `gestational_week` varchar(8) DEFAULT NULL,
  `t21_risk` varchar(16) DEFAULT NULL,
  `t18_risk` varchar(16) DEFAULT NULL,
  `t13_risk` varchar(16) DEFAULT NULL,
  `result_conclusion` varchar(255) DEFAULT NULL,
  `received_at` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nipt_case_bak_20230612`
--

LOCK TABLES `nipt_case_bak_20230612` WRITE;
/*!40000 ALTER TABLE `nipt_case_bak_20230612` DISABLE KEYS */;
INSERT INTO `nipt_case_bak_20230612` VALUES (1,'N2019030100017','GD-SZ-0007','陈*玲','44030519900312****','139****2207','16+3','低风险','低风险','低风险','未见异常','2019-03-01 09:12:44'),(2,'N2019030100018','GD-SZ-0007','刘*','44190019881104****','137****6615','12+5','高风险','低风险','低风险','21-三体高风险，建议产前诊断','2019-03-01 09:15:02');
/*!40000 ALTER TABLE `nipt_case_bak_20230612` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `research_export_log`
--

DROP TABLE IF EXISTS `research_export_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `research_export_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_code` varchar(32) NOT NULL,
  `report_type` varchar(20) DEFAULT NULL,
  `rows` int NOT NULL,
  `oss_key` varchar(255) NOT NULL,
  `operator` varchar(64) NOT NULL,
  `exported_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='科研数据集导出记录';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `sample`
--

DROP TABLE IF EXISTS `sample`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sample` (
  `barcode` varchar(20) NOT NULL,
  `sample_type` varchar(16) NOT NULL COMMENT '唾液/外周血/干血斑/FFPE',
  `source` varchar(16) NOT NULL COMMENT 'consumer/nipt/newborn/tumor',
  `subject_name` varchar(64) DEFAULT NULL COMMENT '受检者姓名（临床样本）',
  `subject_ref` varchar(32) DEFAULT NULL COMMENT 'customer_id 或 sample_no',
  `status` varchar(16) NOT NULL,
  `received_at` datetime DEFAULT NULL,
  `qc_result` varchar(16) DEFAULT NULL,
  `run_id` varchar(32) DEFAULT NULL,
  `lane` varchar(8) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`barcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='样本流转';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `seq_file`
--

DROP TABLE IF EXISTS `seq_file`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `seq_file` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `barcode` varchar(20) NOT NULL,
  `file_type` varchar(8) NOT NULL COMMENT 'FASTQ/BAM/CRAM/VCF',
  `oss_key` varchar(255) NOT NULL,
  `size_bytes` bigint DEFAULT NULL,
  `md5` char(32) DEFAULT NULL,
  `deleted` tinyint NOT NULL DEFAULT '0',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_barcode` (`barcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='测序文件索引（hy-seq-raw）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `sms_code`
--

DROP TABLE IF EXISTS `sms_code`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sms_code` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `phone` varchar(20) NOT NULL,
  `biz` varchar(16) NOT NULL,
  `sent_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_sent` (`sent_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='短信发送记录';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `staff_user`
--

DROP TABLE IF EXISTS `staff_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `staff_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(32) NOT NULL,
  `real_name` varchar(32) NOT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `dept` varchar(32) DEFAULT NULL,
  `roles` varchar(128) NOT NULL COMMENT 'admin,counsellor,sales,lab,biobank',
  `hospital_codes` json DEFAULT NULL COMMENT '销售负责医院',
  `password` char(32) NOT NULL COMMENT 'md5(pwd+salt)',
  `salt` varchar(8) NOT NULL,
  `status` tinyint NOT NULL DEFAULT '1',
  `last_login_at` datetime DEFAULT NULL,
  `last_login_ip` varchar(45) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='员工账号';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `sys_oper_log`
--

DROP TABLE IF EXISTS `sys_oper_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sys_oper_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `oper_name` varchar(32) DEFAULT NULL,
  `method` varchar(8) DEFAULT NULL,
  `oper_url` varchar(255) DEFAULT NULL,
  `oper_ip` varchar(45) DEFAULT NULL,
  `oper_param` varchar(2000) DEFAULT NULL,
  `status` int DEFAULT NULL,
  `cost_ms` int DEFAULT NULL,
  `oper_time` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='操作日志';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `tumor_case`
--

DROP TABLE IF EXISTS `tumor_case`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `tumor_case` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sample_no` varchar(20) NOT NULL,
  `hospital_code` varchar(16) NOT NULL,
  `patient_name` varchar(64) NOT NULL,
  `patient_phone` varchar(20) DEFAULT NULL,
  `diagnosis` varchar(255) DEFAULT NULL COMMENT '临床诊断',
  `pathology_no` varchar(32) DEFAULT NULL,
  `panel` varchar(32) NOT NULL COMMENT '肺癌 68 基因 / 泛癌 520 基因',
  `variants_json` json DEFAULT NULL,
  `germline_findings` text COMMENT '胚系变异（BRCA 等）',
  `drug_hints` text COMMENT '靶向用药提示',
  `reported_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_sample` (`sample_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='肿瘤基因检测';
/*!40101 SET character_set_client = @saved_cs_client */;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-03-02 10:41:07
