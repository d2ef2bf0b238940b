--
-- PostgreSQL database dump
--

-- Dumped from database version 15.7
-- Dumped by pg_dump version 15.7

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;

CREATE SCHEMA hr;
ALTER SCHEMA hr OWNER TO hr_owner;

SET default_tablespace = '';
SET default_table_access_method = heap;

CREATE TABLE hr.employee (
    id integer NOT NULL,
    emp_no character varying(16) NOT NULL,
    name character varying(50) NOT NULL,
    gender character varying(4),
    birth_date date,
    id_card_no character varying(18) NOT NULL,
    phone character varying(20),
    hukou_address character varying(200),
    ethnicity character varying(20),
    religion character varying(20),
    marital_status character varying(10),
    emergency_name character varying(50),
    emergency_phone character varying(20),
    bank_name character varying(50),
    bank_card_no text,
    photo_url character varying(255),
    plant_code character varying(8) NOT NULL,
    workshop_id character varying(16) NOT NULL,
    "position" character varying(50),
    shift character varying(10),
    dorm_building character varying(10),
    dorm_room character varying(10),
    agency_id character varying(16),
    hire_date date NOT NULL,
    leave_date date,
    status character varying(10) DEFAULT 'ACTIVE'::character varying NOT NULL,
    hourly_wage numeric(8,2),
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE hr.employee OWNER TO hr_owner;
COMMENT ON COLUMN hr.employee.bank_card_no IS '工资卡号，AES 加密（应用层）';
COMMENT ON COLUMN hr.employee.religion IS '宗教信仰（入职登记表）';

CREATE TABLE hr.face_template (
    emp_no character varying(16) NOT NULL,
    feature bytea NOT NULL,
    model_ver character varying(16) NOT NULL,
    enrolled_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE hr.face_template OWNER TO hr_owner;

CREATE TABLE hr.attendance_punch (
    id bigint NOT NULL,
    emp_no character varying(16) NOT NULL,
    terminal_sn character varying(32) NOT NULL,
    plant_code character varying(8) NOT NULL,
    punched_at timestamp(3) without time zone NOT NULL,
    match_score double precision,
    snapshot text,
    direction character varying(4) NOT NULL
);
ALTER TABLE hr.attendance_punch OWNER TO hr_owner;
COMMENT ON COLUMN hr.attendance_punch.snapshot IS '打卡抓拍 JPEG (base64)';

CREATE TABLE hr.health_exam (
    id integer NOT NULL,
    emp_no character varying(16) NOT NULL,
    exam_type character varying(10) NOT NULL,
    exam_date date NOT NULL,
    hospital character varying(100) NOT NULL,
    plant_code character varying(8) NOT NULL,
    workshop_id character varying(16) NOT NULL,
    hazard character varying(100),
    audiometry character varying(200),
    lung_function character varying(200),
    chest_xray character varying(200),
    blood_lead numeric(6,2),
    hbsag_result character varying(20),
    conclusion character varying(200) NOT NULL,
    restriction character varying(200)
);
ALTER TABLE hr.health_exam OWNER TO hr_owner;
COMMENT ON COLUMN hr.health_exam.exam_type IS '岗前/在岗/离岗/应急';
COMMENT ON COLUMN hr.health_exam.hbsag_result IS '乙肝表面抗原（入职体检套餐）';

CREATE TABLE hr.dorm_access_log (
    id bigint NOT NULL,
    emp_no character varying(16) NOT NULL,
    dorm_building character varying(10) NOT NULL,
    gate_sn character varying(32) NOT NULL,
    passed_at timestamp(3) without time zone NOT NULL,
    direction character varying(4) NOT NULL,
    method character varying(8) NOT NULL
);
ALTER TABLE hr.dorm_access_log OWNER TO hr_owner;

CREATE TABLE hr.shuttle_ride (
    id bigint NOT NULL,
    emp_no character varying(16) NOT NULL,
    bus_no character varying(16) NOT NULL,
    route character varying(50) NOT NULL,
    boarded_at timestamp(3) without time zone NOT NULL,
    lat double precision NOT NULL,
    lng double precision NOT NULL
);
ALTER TABLE hr.shuttle_ride OWNER TO hr_owner;

CREATE TABLE hr.background_check (
    id integer NOT NULL,
    candidate_name character varying(50) NOT NULL,
    id_card_no character varying(18) NOT NULL,
    "position" character varying(50) NOT NULL,
    requested_at timestamp(3) without time zone NOT NULL,
    vendor_ref character varying(32),
    criminal_record character varying(200),
    education_check character varying(200),
    prev_employer character varying(200),
    credit_flag character varying(50),
    verdict character varying(20),
    hired boolean DEFAULT false NOT NULL
);
ALTER TABLE hr.background_check OWNER TO hr_owner;

CREATE TABLE hr.canteen_txn (
    id bigint NOT NULL,
    emp_no character varying(16) NOT NULL,
    terminal_sn character varying(32) NOT NULL,
    plant_code character varying(8) NOT NULL,
    paid_at timestamp without time zone NOT NULL,
    amount numeric(8,2) NOT NULL,
    pay_method character varying(8) NOT NULL
);
ALTER TABLE hr.canteen_txn OWNER TO hr_owner;

CREATE TABLE hr.grievance (
    id integer NOT NULL,
    case_no character varying(20) NOT NULL,
    caller_name character varying(50),
    caller_phone character varying(20),
    emp_no character varying(16),
    plant_code character varying(8) NOT NULL,
    category character varying(20) NOT NULL,
    content text NOT NULL,
    handler_id character varying(40),
    status character varying(10) NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE hr.grievance OWNER TO hr_owner;

CREATE TABLE hr.whistle_report (
    id integer NOT NULL,
    anonymous boolean DEFAULT true NOT NULL,
    reporter_name_enc bytea,
    reporter_phone_enc bytea,
    accused_emp_no character varying(16),
    allegation text NOT NULL,
    evidence_urls text[],
    assignee_id character varying(40),
    status character varying(10) NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE hr.whistle_report OWNER TO hr_owner;

CREATE TABLE hr.access_log (
    id bigint NOT NULL,
    user_id character varying(40) NOT NULL,
    action character varying(40) NOT NULL,
    target character varying(100),
    ip character varying(45),
    at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE hr.access_log OWNER TO hr_owner;

-- 2024-05 品牌方 SA8000 年审抽样导出（审核员要求的格式）
CREATE TABLE public.brand_audit_sample_2024 (
    emp_no character varying(16),
    name character varying(50),
    gender character varying(4),
    birth_date date,
    id_card_no character varying(18),
    hire_date date,
    "position" character varying(50),
    hourly_wage numeric(8,2),
    ot_hours_apr numeric(6,1),
    agency_name character varying(50)
);
ALTER TABLE public.brand_audit_sample_2024 OWNER TO bi_zhangwei;

ALTER TABLE ONLY hr.employee ADD CONSTRAINT employee_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.employee ADD CONSTRAINT employee_emp_no_key UNIQUE (emp_no);
ALTER TABLE ONLY hr.face_template ADD CONSTRAINT face_template_pkey PRIMARY KEY (emp_no);
ALTER TABLE ONLY hr.attendance_punch ADD CONSTRAINT attendance_punch_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.health_exam ADD CONSTRAINT health_exam_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.dorm_access_log ADD CONSTRAINT dorm_access_log_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.shuttle_ride ADD CONSTRAINT shuttle_ride_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.background_check ADD CONSTRAINT background_check_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.canteen_txn ADD CONSTRAINT canteen_txn_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.grievance ADD CONSTRAINT grievance_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.whistle_report ADD CONSTRAINT whistle_report_pkey PRIMARY KEY (id);
ALTER TABLE ONLY hr.access_log ADD CONSTRAINT access_log_pkey PRIMARY KEY (id);

CREATE INDEX attendance_punch_emp_no_punched_at_idx ON hr.attendance_punch USING btree (emp_no, punched_at);
CREATE INDEX dorm_access_log_passed_at_idx ON hr.dorm_access_log USING btree (passed_at);
CREATE INDEX health_exam_emp_no_idx ON hr.health_exam USING btree (emp_no);

ALTER TABLE ONLY hr.face_template
    ADD CONSTRAINT face_template_emp_no_fkey FOREIGN KEY (emp_no) REFERENCES hr.employee(emp_no) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE ONLY hr.health_exam
    ADD CONSTRAINT health_exam_emp_no_fkey FOREIGN KEY (emp_no) REFERENCES hr.employee(emp_no) ON UPDATE CASCADE ON DELETE RESTRICT;

--
-- Privileges
--

GRANT USAGE ON SCHEMA hr TO hr_app;
GRANT USAGE ON SCHEMA hr TO hr_readonly;
GRANT USAGE ON SCHEMA hr TO kq_vendor;
GRANT USAGE ON SCHEMA hr TO canteen_pos;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.employee TO hr_app;
GRANT SELECT ON TABLE hr.employee TO hr_readonly;
GRANT SELECT(emp_no) ON TABLE hr.employee TO kq_vendor;
GRANT SELECT(name) ON TABLE hr.employee TO kq_vendor;
GRANT SELECT(plant_code) ON TABLE hr.employee TO kq_vendor;
GRANT SELECT(workshop_id) ON TABLE hr.employee TO kq_vendor;
GRANT SELECT(shift) ON TABLE hr.employee TO kq_vendor;
GRANT SELECT(status) ON TABLE hr.employee TO kq_vendor;
GRANT SELECT(emp_no) ON TABLE hr.employee TO canteen_pos;
GRANT SELECT(plant_code) ON TABLE hr.employee TO canteen_pos;
GRANT SELECT(status) ON TABLE hr.employee TO canteen_pos;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.face_template TO hr_app;
GRANT SELECT ON TABLE hr.face_template TO hr_readonly;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.attendance_punch TO hr_app;
GRANT SELECT ON TABLE hr.attendance_punch TO hr_readonly;
GRANT SELECT(emp_no) ON TABLE hr.attendance_punch TO kq_vendor;
GRANT SELECT(terminal_sn) ON TABLE hr.attendance_punch TO kq_vendor;
GRANT SELECT(punched_at) ON TABLE hr.attendance_punch TO kq_vendor;
GRANT SELECT(direction) ON TABLE hr.attendance_punch TO kq_vendor;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.health_exam TO hr_app;
GRANT SELECT ON TABLE hr.health_exam TO hr_readonly;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.dorm_access_log TO hr_app;
GRANT SELECT ON TABLE hr.dorm_access_log TO hr_readonly;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.shuttle_ride TO hr_app;
GRANT SELECT ON TABLE hr.shuttle_ride TO hr_readonly;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.background_check TO hr_app;
GRANT SELECT ON TABLE hr.background_check TO hr_readonly;

GRANT SELECT,INSERT ON TABLE hr.canteen_txn TO canteen_pos;
GRANT SELECT ON TABLE hr.canteen_txn TO hr_app;
GRANT SELECT ON TABLE hr.canteen_txn TO hr_readonly;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.grievance TO hr_app;
GRANT SELECT ON TABLE hr.grievance TO hr_readonly;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.whistle_report TO hr_app;
GRANT SELECT ON TABLE hr.whistle_report TO hr_readonly;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE hr.access_log TO hr_app;
GRANT SELECT ON TABLE hr.access_log TO hr_readonly;

GRANT SELECT ON TABLE public.brand_audit_sample_2024 TO PUBLIC;

--
-- PostgreSQL database dump complete
--
