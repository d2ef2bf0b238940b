--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6
-- Dumped by pg_dump version 15.6

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE SCHEMA kid;
ALTER SCHEMA kid OWNER TO kc_owner;

CREATE TABLE kid.child (
    id bigint NOT NULL,
    campus_code character varying(10) NOT NULL,
    class_code character varying(16) NOT NULL,
    name character varying(50) NOT NULL,
    id_no character varying(18) NOT NULL,
    birth_date date NOT NULL,
    gender character(1),
    home_address character varying(200),
    guardian_name character varying(50) NOT NULL,
    guardian_phone character varying(11) NOT NULL,
    photo_url character varying(255),
    enrolled_on date,
    left_on date
);
ALTER TABLE kid.child OWNER TO kc_owner;

CREATE TABLE kid.health_check (
    id bigint NOT NULL,
    child_id bigint NOT NULL,
    campus_code character varying(10) NOT NULL,
    checked_on date NOT NULL,
    temperature numeric(3,1),
    allergy text,
    vaccination jsonb,
    diagnosis text,
    nurse character varying(30)
);
ALTER TABLE kid.health_check OWNER TO kc_owner;

CREATE TABLE kid.pickup_face (
    child_id bigint NOT NULL,
    guardian_name character varying(50) NOT NULL,
    relation character varying(10),
    face_image_url character varying(255) NOT NULL,
    face_feature bytea NOT NULL,
    registered_at timestamp without time zone DEFAULT now() NOT NULL
);
ALTER TABLE kid.pickup_face OWNER TO kc_owner;

CREATE TABLE kid.class_stats (
    campus_code character varying(10) NOT NULL,
    class_code character varying(16) NOT NULL,
    month date NOT NULL,
    enrolled integer NOT NULL,
    attendance_rate numeric(5,2)
);
ALTER TABLE kid.class_stats OWNER TO kc_owner;

-- 2023 年招生季从旧系统迁移时留下的幼儿信息备份。
CREATE TABLE public.child_bak_20230801 (
    id bigint,
    name character varying(50),
    id_no character varying(18),
    birth_date date,
    home_address character varying(200),
    guardian_name character varying(50),
    guardian_phone character varying(11)
);
ALTER TABLE public.child_bak_20230801 OWNER TO ops_sunhao;

ALTER TABLE ONLY kid.child
    ADD CONSTRAINT child_pkey PRIMARY KEY (id);
ALTER TABLE ONLY kid.health_check
    ADD CONSTRAINT health_check_pkey PRIMARY KEY (id);

ALTER TABLE kid.child ENABLE ROW LEVEL SECURITY;
ALTER TABLE kid.health_check ENABLE ROW LEVEL SECURITY;

CREATE POLICY child_campus ON kid.child FOR SELECT USING (((campus_code)::text = current_setting('app.campus'::text)));
CREATE POLICY health_campus ON kid.health_check FOR SELECT USING (((campus_code)::text = current_setting('app.campus'::text)));

GRANT USAGE ON SCHEMA kid TO kc_app;
GRANT USAGE ON SCHEMA kid TO bi_liuyang;
GRANT USAGE ON SCHEMA kid TO edu_report;

GRANT SELECT,INSERT,UPDATE ON TABLE kid.child TO kc_app;
GRANT SELECT ON TABLE kid.child TO bi_liuyang;
GRANT SELECT,INSERT,UPDATE ON TABLE kid.health_check TO kc_app;
GRANT SELECT ON TABLE kid.health_check TO bi_liuyang;
GRANT SELECT,INSERT,DELETE ON TABLE kid.pickup_face TO kc_app;
GRANT SELECT ON TABLE kid.class_stats TO edu_report;
GRANT SELECT ON TABLE kid.class_stats TO bi_liuyang;
GRANT SELECT ON TABLE public.child_bak_20230801 TO PUBLIC;

--
-- PostgreSQL database dump complete
--
