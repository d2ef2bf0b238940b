--
-- PostgreSQL database dump
--

-- Dumped from database version 16.4
-- Dumped by pg_dump version 16.4

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: access; Type: SCHEMA; Schema: -; Owner: ecard_owner
--

CREATE SCHEMA access;
ALTER SCHEMA access OWNER TO ecard_owner;

CREATE SCHEMA aid;
ALTER SCHEMA aid OWNER TO ecard_owner;

CREATE SCHEMA card;
ALTER SCHEMA card OWNER TO ecard_owner;

CREATE SCHEMA report;
ALTER SCHEMA report OWNER TO ecard_owner;

CREATE SCHEMA sys;
ALTER SCHEMA sys OWNER TO ecard_owner;

SET default_tablespace = '';
SET default_table_access_method = heap;

--
-- Name: cardholder; Type: TABLE; Schema: card; Owner: ecard_owner
-- 持卡人（学生、教职工、临时卡）。学工号来自学工系统/人事系统同步。
--

CREATE TABLE card.cardholder (
    id bigint NOT NULL,
    card_no character varying(12) NOT NULL,
    person_no character varying(16) NOT NULL,
    person_type character varying(8) NOT NULL,
    name character varying(40) NOT NULL,
    gender character(1),
    birth_date date,
    id_card_no character varying(18),
    phone character varying(11),
    college_code character varying(8) NOT NULL,
    class_code character varying(16),
    dorm_building character varying(8),
    dorm_room character varying(8),
    photo_key character varying(128),
    bank_card_no character varying(19),
    status smallint DEFAULT 1 NOT NULL,
    enrolled_on date,
    left_on date,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE card.cardholder OWNER TO ecard_owner;

COMMENT ON COLUMN card.cardholder.person_type IS 'UG 本科, PG 研究生, JC 高职(五年一贯制), STAFF 教职工, TEMP 临时卡';
COMMENT ON COLUMN card.cardholder.bank_card_no IS '联名卡绑定的南屿农商银行借记卡号';

CREATE TABLE card.account (
    card_no character varying(12) NOT NULL,
    balance numeric(10,2) DEFAULT 0 NOT NULL,
    daily_limit numeric(10,2) DEFAULT 200 NOT NULL,
    query_pwd_hash character varying(64),
    frozen boolean DEFAULT false NOT NULL,
    lost_reported_at timestamp with time zone
);
ALTER TABLE card.account OWNER TO ecard_owner;

COMMENT ON COLUMN card.account.query_pwd_hash IS '6位查询密码 sha256(salt||pwd)';

CREATE TABLE card.txn (
    id bigint NOT NULL,
    card_no character varying(12) NOT NULL,
    person_no character varying(16) NOT NULL,
    college_code character varying(8) NOT NULL,
    merchant_id integer NOT NULL,
    terminal_id character varying(16) NOT NULL,
    txn_type smallint NOT NULL,
    amount numeric(10,2) NOT NULL,
    balance_after numeric(10,2) NOT NULL,
    txn_time timestamp with time zone NOT NULL
)
PARTITION BY RANGE (txn_time);
ALTER TABLE card.txn OWNER TO ecard_owner;

CREATE TABLE card.txn_2023 (
    id bigint NOT NULL,
    card_no character varying(12) NOT NULL,
    person_no character varying(16) NOT NULL,
    college_code character varying(8) NOT NULL,
    merchant_id integer NOT NULL,
    terminal_id character varying(16) NOT NULL,
    txn_type smallint NOT NULL,
    amount numeric(10,2) NOT NULL,
    balance_after numeric(10,2) NOT NULL,
    txn_time timestamp with time zone NOT NULL
);
ALTER TABLE card.txn_2023 OWNER TO ecard_owner;

CREATE TABLE card.txn_2024 (
    id bigint NOT NULL,
    card_no character varying(12) NOT NULL,
    person_no character varying(16) NOT NULL,
    college_code character varying(8) NOT NULL,
    merchant_id integer NOT NULL,
    terminal_id character varying(16) NOT NULL,
    txn_type smallint NOT NULL,
    amount numeric(10,2) NOT NULL,
    balance_after numeric(10,2) NOT NULL,
    txn_time timestamp with time zone NOT NULL
);
ALTER TABLE card.txn_2024 OWNER TO ecard_owner;

ALTER TABLE ONLY card.txn ATTACH PARTITION card.txn_2023 FOR VALUES FROM ('2023-01-01 00:00:00+08') TO ('2024-01-01 00:00:00+08');
ALTER TABLE ONLY card.txn ATTACH PARTITION card.txn_2024 FOR VALUES FROM ('2024-01-01 00:00:00+08') TO ('2025-01-01 00:00:00+08');

CREATE TABLE card.bank_topup (
    id bigint NOT NULL,
    card_no character varying(12) NOT NULL,
    bank_account_no character varying(19) NOT NULL,
    amount numeric(10,2) NOT NULL,
    bank_serial character varying(32) NOT NULL,
    channel character varying(8) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE card.bank_topup OWNER TO ecard_owner;

CREATE TABLE card.merchant (
    id integer NOT NULL,
    name character varying(60) NOT NULL,
    operator character varying(60),
    settle_account character varying(32)
);
ALTER TABLE card.merchant OWNER TO ecard_owner;

--
-- 困难生认定（学生资助中心）。evidence_keys: 低保证、残疾证等证明材料扫描件在 COS 的路径。
--

CREATE TABLE aid.hardship_student (
    id bigint NOT NULL,
    person_no character varying(16) NOT NULL,
    college_code character varying(8) NOT NULL,
    academic_year character varying(9) NOT NULL,
    level smallint NOT NULL,
    family_income numeric(12,2),
    family_members smallint,
    reason text,
    evidence_keys text[],
    recognised_by character varying(32),
    recognised_at date
);
ALTER TABLE aid.hardship_student OWNER TO ecard_owner;

COMMENT ON COLUMN aid.hardship_student.level IS '1 特别困难 2 困难 3 一般困难';

CREATE TABLE access.face_feature (
    person_no character varying(16) NOT NULL,
    feature bytea NOT NULL,
    photo_key character varying(128) NOT NULL,
    model_version character varying(16) NOT NULL,
    enrolled_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE access.face_feature OWNER TO ecard_owner;

CREATE TABLE access.dorm_gate_event (
    id bigint NOT NULL,
    person_no character varying(16) NOT NULL,
    gate_id character varying(16) NOT NULL,
    building character varying(8) NOT NULL,
    direction character(1) NOT NULL,
    event_time timestamp with time zone NOT NULL,
    snapshot_key character varying(128),
    match_score real
);
ALTER TABLE access.dorm_gate_event OWNER TO ecard_owner;

CREATE TABLE access.entry_log (
    id bigint NOT NULL,
    person_no character varying(16) NOT NULL,
    place_type character varying(8) NOT NULL,
    place_code character varying(16) NOT NULL,
    event_time timestamp with time zone NOT NULL
);
ALTER TABLE access.entry_log OWNER TO ecard_owner;

COMMENT ON COLUMN access.entry_log.place_type IS 'LIB 图书馆, LAB 实验室, GYM 体育馆';

CREATE TABLE report.edu_stats_monthly (
    college_code character varying(8) NOT NULL,
    month date NOT NULL,
    students integer NOT NULL,
    avg_meal_spend numeric(10,2),
    low_spend_count integer
);
ALTER TABLE report.edu_stats_monthly OWNER TO ecard_owner;

CREATE TABLE sys.op_log (
    id bigint NOT NULL,
    operator character varying(32) NOT NULL,
    action character varying(32) NOT NULL,
    target character varying(128),
    ip inet,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE sys.op_log OWNER TO ecard_owner;

--
-- 2022 年一卡通系统升级（新中新 → 自研）前的持卡人全量备份。
--

CREATE TABLE public.cardholder_bak_20220901 (
    id bigint,
    card_no character varying(12),
    person_no character varying(16),
    name character varying(40),
    id_card_no character varying(18),
    phone character varying(11),
    college_code character varying(8),
    dorm_room character varying(8),
    bank_card_no character varying(19)
);
ALTER TABLE public.cardholder_bak_20220901 OWNER TO dba_chenhao;

--
-- Views
--

-- 学生处帆软报表“低消费学生月报”（辅导员按月查看本学院低消费学生）。
CREATE VIEW card.v_student_spend_monthly AS
 SELECT c.person_no,
    c.name,
    c.college_code,
    c.class_code,
    c.phone,
    date_trunc('month'::text, t.txn_time) AS month,
    sum(t.amount) AS total_spend,
    count(*) AS meals
   FROM (card.txn t
     JOIN card.cardholder c ON (((c.card_no)::text = (t.card_no)::text)))
  WHERE (t.txn_type = 1)
  GROUP BY c.person_no, c.name, c.college_code, c.class_code, c.phone, (date_trunc('month'::text, t.txn_time));
ALTER VIEW card.v_student_spend_monthly OWNER TO ecard_owner;

-- 餐饮公司结算用：只到终端和金额。
CREATE VIEW card.v_merchant_txn AS
 SELECT t.id,
    t.merchant_id,
    t.terminal_id,
    t.amount,
    t.txn_time
   FROM card.txn t;
ALTER VIEW card.v_merchant_txn OWNER TO ecard_owner;

CREATE VIEW report.v_college_spend WITH (security_invoker='true') AS
 SELECT t.college_code,
    date_trunc('month'::text, t.txn_time) AS month,
    count(DISTINCT t.person_no) AS students,
    avg(t.amount) AS avg_amount
   FROM card.txn t
  GROUP BY t.college_code, (date_trunc('month'::text, t.txn_time));
ALTER VIEW report.v_college_spend OWNER TO ecard_owner;

ALTER TABLE ONLY card.cardholder
    ADD CONSTRAINT cardholder_pkey PRIMARY KEY (id);
ALTER TABLE ONLY card.cardholder
    ADD CONSTRAINT cardholder_card_no_key UNIQUE (card_no);
ALTER TABLE ONLY card.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (card_no);
ALTER TABLE ONLY aid.hardship_student
    ADD CONSTRAINT hardship_student_pkey PRIMARY KEY (id);
ALTER TABLE ONLY access.face_feature
    ADD CONSTRAINT face_feature_pkey PRIMARY KEY (person_no);
ALTER TABLE ONLY access.dorm_gate_event
    ADD CONSTRAINT dorm_gate_event_pkey PRIMARY KEY (id);

CREATE INDEX cardholder_id_card_no_idx ON card.cardholder USING btree (id_card_no);
CREATE INDEX cardholder_phone_idx ON card.cardholder USING btree (phone);
CREATE INDEX dorm_gate_event_person_time_idx ON access.dorm_gate_event USING btree (person_no, event_time);

--
-- Row security
--

ALTER TABLE card.cardholder ENABLE ROW LEVEL SECURITY;
ALTER TABLE card.txn ENABLE ROW LEVEL SECURITY;
ALTER TABLE aid.hardship_student ENABLE ROW LEVEL SECURITY;
ALTER TABLE aid.hardship_student FORCE ROW LEVEL SECURITY;

CREATE POLICY college_isolation ON card.cardholder FOR SELECT USING ((((college_code)::text = current_setting('app.college'::text, true)) OR (current_setting('app.college'::text, true) = 'ALL'::text)));
CREATE POLICY college_write ON card.cardholder FOR UPDATE TO ecard_app USING (true);
-- 2023-09 物业反映查不到学生，临时放开（工单 IT-2023-0917）
CREATE POLICY wuye_all ON card.cardholder FOR SELECT TO hx_wuye USING (true);
CREATE POLICY college_isolation ON card.txn FOR SELECT USING ((((college_code)::text = current_setting('app.college'::text, true)) OR (current_setting('app.college'::text, true) = 'ALL'::text)));
CREATE POLICY txn_insert ON card.txn FOR INSERT TO ecard_app WITH CHECK (true);
CREATE POLICY college_isolation ON aid.hardship_student USING ((((college_code)::text = current_setting('app.college'::text, true)) OR (current_setting('app.college'::text, true) = 'ALL'::text)));

--
-- Default privileges and ACLs
--

ALTER DEFAULT PRIVILEGES FOR ROLE ecard_owner IN SCHEMA card GRANT SELECT ON TABLES TO bi_reader;

GRANT USAGE ON SCHEMA access TO ecard_app;
GRANT USAGE ON SCHEMA access TO face_gate_svc;
GRANT USAGE ON SCHEMA access TO hx_wuye;
GRANT USAGE ON SCHEMA aid TO ecard_app;
GRANT USAGE ON SCHEMA card TO ecard_app;
GRANT USAGE ON SCHEMA card TO bi_reader;
GRANT USAGE ON SCHEMA card TO canteen_op;
GRANT USAGE ON SCHEMA card TO hx_wuye;
GRANT USAGE ON SCHEMA card TO portal_ro;
GRANT USAGE ON SCHEMA card TO xg_sync;
GRANT USAGE ON SCHEMA report TO stat_report;
GRANT USAGE ON SCHEMA report TO bi_reader;
GRANT USAGE ON SCHEMA sys TO ecard_app;

GRANT SELECT,INSERT,UPDATE ON TABLE card.cardholder TO ecard_app;
GRANT SELECT ON TABLE card.cardholder TO bi_reader;
GRANT SELECT ON TABLE card.cardholder TO hx_wuye;
GRANT INSERT,UPDATE ON TABLE card.cardholder TO xg_sync;
GRANT SELECT,INSERT,UPDATE ON TABLE card.account TO ecard_app;
GRANT SELECT ON TABLE card.account TO bi_reader;
GRANT SELECT,INSERT ON TABLE card.txn TO ecard_app;
GRANT SELECT ON TABLE card.txn TO bi_reader;
GRANT SELECT,INSERT ON TABLE card.bank_topup TO ecard_app;
GRANT SELECT ON TABLE card.bank_topup TO bi_reader;
GRANT SELECT ON TABLE card.merchant TO ecard_app;
GRANT SELECT ON TABLE card.merchant TO bi_reader;
GRANT SELECT(id) ON TABLE card.merchant TO canteen_op;
GRANT SELECT(name) ON TABLE card.merchant TO canteen_op;
GRANT SELECT ON TABLE card.v_student_spend_monthly TO portal_ro;
GRANT SELECT ON TABLE card.v_merchant_txn TO canteen_op;
GRANT SELECT,INSERT,UPDATE ON TABLE aid.hardship_student TO ecard_app;
GRANT SELECT ON TABLE access.face_feature TO face_gate_svc;
GRANT SELECT,INSERT,DELETE ON TABLE access.face_feature TO ecard_app;
GRANT SELECT,INSERT,DELETE ON TABLE access.dorm_gate_event TO ecard_app;
GRANT INSERT ON TABLE access.dorm_gate_event TO face_gate_svc;
GRANT SELECT ON TABLE access.dorm_gate_event TO hx_wuye;
GRANT SELECT,INSERT ON TABLE access.entry_log TO ecard_app;
GRANT SELECT ON TABLE report.edu_stats_monthly TO stat_report;
GRANT SELECT ON TABLE report.edu_stats_monthly TO bi_reader;
GRANT SELECT ON TABLE report.v_college_spend TO bi_reader;
GRANT SELECT,INSERT,DELETE ON TABLE sys.op_log TO ecard_app;
GRANT SELECT ON TABLE public.cardholder_bak_20220901 TO bi_reader;

--
-- PostgreSQL database dump complete
--
