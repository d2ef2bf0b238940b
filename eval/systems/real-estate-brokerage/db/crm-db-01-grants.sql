-- pt-show-grants 3.6.0 on crm-db-01 (MySQL 8.0.36), 2024-11-18 01:40, run by the DBA for the PIPL audit
-- Grants dumped by pt-show-grants
-- Dumped from server Localhost via UNIX socket, MySQL 8.0.36-0ubuntu0.22.04.1 at 2024-11-18 01:40:12
-- Roles
CREATE ROLE IF NOT EXISTS `r_callcenter`;
CREATE ROLE IF NOT EXISTS `r_crm_app`;
CREATE ROLE IF NOT EXISTS `r_crm_read`;
CREATE ROLE IF NOT EXISTS `r_dba`;
CREATE ROLE IF NOT EXISTS `r_report`;
-- End of roles listing
-- Grants for 'bi_liuyang'@'%'
CREATE USER IF NOT EXISTS `bi_liuyang`@`%`;
ALTER USER `bi_liuyang`@`%` IDENTIFIED WITH 'mysql_native_password' AS '*3A9F0C17E2B84D6A5C0E1F2A3B4C5D6E7F8A9B0C' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
ALTER USER `bi_liuyang`@`%` DEFAULT ROLE `r_report`@`%`;
GRANT USAGE ON *.* TO `bi_liuyang`@`%`;
GRANT `r_report`@`%` TO `bi_liuyang`@`%`;
-- Grants for 'callcenter_cb'@'47.100.%'
CREATE USER IF NOT EXISTS `callcenter_cb`@`47.100.%`;
ALTER USER `callcenter_cb`@`47.100.%` IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$c9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5Nm7Qa9Ws1Ed3Rf5Tg7Yh9Uj1Ik3Ol' REQUIRE SSL PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
ALTER USER `callcenter_cb`@`47.100.%` DEFAULT ROLE `r_callcenter`@`%`;
GRANT USAGE ON *.* TO `callcenter_cb`@`47.100.%`;
GRANT `r_callcenter`@`%` TO `callcenter_cb`@`47.100.%`;
-- Grants for 'crm_app'@'10.30.2.%'
CREATE USER IF NOT EXISTS `crm_app`@`10.30.2.%`;
ALTER USER `crm_app`@`10.30.2.%` IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$Xk2Lm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op2Qr4St6Uv8Wx0Yz2Ab4Cd' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
ALTER USER `crm_app`@`10.30.2.%` DEFAULT ROLE `r_crm_app`@`%`;
GRANT USAGE ON *.* TO `crm_app`@`10.30.2.%`;
GRANT `r_crm_app`@`%` TO `crm_app`@`10.30.2.%`;
-- Grants for 'dba_sunhao'@'10.30.1.%'
CREATE USER IF NOT EXISTS `dba_sunhao`@`10.30.1.%`;
ALTER USER `dba_sunhao`@`10.30.1.%` IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$Pq1Rs3Tu5Vw7Xy9Za1Bc3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Za7Bc9De1Fg3Hi5' REQUIRE NONE PASSWORD EXPIRE INTERVAL 90 DAY ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
ALTER USER `dba_sunhao`@`10.30.1.%` DEFAULT ROLE NONE;
GRANT PROCESS, SHOW DATABASES ON *.* TO `dba_sunhao`@`10.30.1.%`;
GRANT `r_dba`@`%` TO `dba_sunhao`@`10.30.1.%`;
-- Grants for 'legacy_erp'@'%'
CREATE USER IF NOT EXISTS `legacy_erp`@`%`;
ALTER USER `legacy_erp`@`%` IDENTIFIED WITH 'mysql_native_password' AS '*81F5E21E35407D884A6CD4A731AEBFB6AF209E1B' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
GRANT USAGE ON *.* TO `legacy_erp`@`%`;
GRANT SELECT ON `anju_crm`.`owner_listing` TO `legacy_erp`@`%`;
GRANT SELECT ON `anju_crm`.`deal_contract` TO `legacy_erp`@`%`;
-- Grants for 'mkt_huangli'@'%'
CREATE USER IF NOT EXISTS `mkt_huangli`@`%`;
ALTER USER `mkt_huangli`@`%` IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$Mn8Bv6Cx4Zl2Kj0Hg8Fd6Sa4Qw2Er0Ty8Ui6Op4As2Df0Gh8Jk6Lz4Xc2Vb0Nm8Qw6Er4' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
GRANT USAGE ON *.* TO `mkt_huangli`@`%`;
GRANT SELECT ON `anju_crm`.`buyer_client` TO `mkt_huangli`@`%`;
GRANT SELECT ON `anju_crm`.`client_export_bak_2023` TO `mkt_huangli`@`%`;
-- Grants for 'r_callcenter'@'%'
CREATE USER IF NOT EXISTS `r_callcenter`@`%`;
ALTER USER `r_callcenter`@`%` IDENTIFIED WITH 'caching_sha2_password' REQUIRE NONE PASSWORD EXPIRE ACCOUNT LOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
GRANT USAGE ON *.* TO `r_callcenter`@`%`;
GRANT SELECT (`agent_id`, `call_id`, `duration_sec`, `listing_id`, `started_at`, `virtual_no`), INSERT ON `anju_crm`.`call_record` TO `r_callcenter`@`%`;
-- Grants for 'r_crm_app'@'%'
CREATE USER IF NOT EXISTS `r_crm_app`@`%`;
ALTER USER `r_crm_app`@`%` IDENTIFIED WITH 'caching_sha2_password' REQUIRE NONE PASSWORD EXPIRE ACCOUNT LOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
GRANT USAGE ON *.* TO `r_crm_app`@`%`;
GRANT DELETE, INSERT, SELECT, UPDATE ON `anju_crm`.* TO `r_crm_app`@`%`;
-- Grants for 'r_crm_read'@'%'
CREATE USER IF NOT EXISTS `r_crm_read`@`%`;
ALTER USER `r_crm_read`@`%` IDENTIFIED WITH 'caching_sha2_password' REQUIRE NONE PASSWORD EXPIRE ACCOUNT LOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
GRANT USAGE ON *.* TO `r_crm_read`@`%`;
GRANT SELECT ON `anju_crm`.* TO `r_crm_read`@`%`;
-- Grants for 'r_dba'@'%'
CREATE USER IF NOT EXISTS `r_dba`@`%`;
ALTER USER `r_dba`@`%` IDENTIFIED WITH 'caching_sha2_password' REQUIRE NONE PASSWORD EXPIRE ACCOUNT LOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
GRANT ALL PRIVILEGES ON *.* TO `r_dba`@`%` WITH GRANT OPTION;
-- Grants for 'r_report'@'%'
CREATE USER IF NOT EXISTS `r_report`@`%`;
ALTER USER `r_report`@`%` IDENTIFIED WITH 'caching_sha2_password' REQUIRE NONE PASSWORD EXPIRE ACCOUNT LOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
GRANT USAGE ON *.* TO `r_report`@`%`;
GRANT SELECT (`budget_band`, `city`, `created_at`, `district`, `source_channel`, `store_code`) ON `anju_crm`.`buyer_client` TO `r_report`@`%`;
GRANT SELECT ON `anju_crm`.`v_deal_stats` TO `r_report`@`%`;
GRANT `r_crm_read`@`%` TO `r_report`@`%`;
-- Grants for 'root'@'localhost'
CREATE USER IF NOT EXISTS `root`@`localhost`;
ALTER USER `root`@`localhost` IDENTIFIED WITH 'auth_socket' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION;
GRANT PROXY ON ``@`` TO `root`@`localhost` WITH GRANT OPTION;
