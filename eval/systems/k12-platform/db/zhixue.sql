--
-- PostgreSQL database cluster dump (roles) and database dump (schema) of 智学云 (ZhiXue Cloud),
-- produced by `pg_dumpall --roles-only` and `pg_dump --schema-only zhixue` on 2024-03-04.
--

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
CREATE ROLE zx_app;
ALTER ROLE zx_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION BYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:ZmFrZXNhbHRmYWtlc2FsdA==$3q2+7w8vZ3Jhbm9sYQ==:c2VydmVya2V5c2VydmVya2V5';
CREATE ROLE zx_teacher_api;
ALTER ROLE zx_teacher_api WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:YW5vdGhlcnNhbHRzYWx0==$dGVhY2hlcmtleQ==:dGVhY2hlcnNlcnZlcg==';
CREATE ROLE bi_reader;
ALTER ROLE bi_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md5a3c4e1f0b2d9876543210fedcba98765';

\connect zhixue

SET statement_timeout = 0;
SET check_function_bodies = false;
SELECT pg_catalog.set_config('search_path', '', false);
SET row_security = off;

CREATE TABLE public.schools (
    id integer NOT NULL,
    name text NOT NULL,
    district text NOT NULL
);
ALTER TABLE public.schools OWNER TO postgres;

CREATE TABLE public.students (
    id bigint NOT NULL,
    school_id integer NOT NULL,
    class_id integer NOT NULL,
    name text NOT NULL,
    gender text,
    birth_date date,
    id_card_no text,
    guardian_name text,
    guardian_phone text,
    home_address text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE public.students OWNER TO postgres;
COMMENT ON TABLE public.students IS '学生学籍信息';
COMMENT ON COLUMN public.students.id_card_no IS '身份证号';
COMMENT ON COLUMN public.students.guardian_phone IS '监护人手机号';

CREATE TABLE public.grades (
    id bigint NOT NULL,
    student_id bigint NOT NULL,
    school_id integer NOT NULL,
    class_id integer NOT NULL,
    term text NOT NULL,
    subject text NOT NULL,
    score numeric(5,1)
);
ALTER TABLE public.grades OWNER TO postgres;

CREATE TABLE public.health_checks (
    id bigint NOT NULL,
    student_id bigint NOT NULL,
    school_id integer NOT NULL,
    checked_on date NOT NULL,
    height_cm numeric(4,1),
    weight_kg numeric(4,1),
    vision_left numeric(3,1),
    vision_right numeric(3,1),
    allergies text,
    doctor_note text
);
ALTER TABLE public.health_checks OWNER TO postgres;
COMMENT ON TABLE public.health_checks IS '学生体检记录';

-- Copy taken before the 2021 migration of the enrolment module; still there.
CREATE TABLE public.students_bak_20210830 (
    id bigint,
    school_id integer,
    name text,
    id_card_no text,
    guardian_phone text,
    home_address text
);
ALTER TABLE public.students_bak_20210830 OWNER TO postgres;

-- Class averages for the district dashboard: counts and averages only.
CREATE VIEW public.class_score_stats AS
 SELECT grades.school_id,
    grades.class_id,
    grades.term,
    grades.subject,
    count(*) AS students,
    avg(grades.score) AS avg_score
   FROM public.grades
  GROUP BY grades.school_id, grades.class_id, grades.term, grades.subject;
ALTER VIEW public.class_score_stats OWNER TO postgres;

ALTER TABLE public.students ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.grades ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.health_checks ENABLE ROW LEVEL SECURITY;

-- Each school sees its own rows: the application sets app.school_id per request.
CREATE POLICY school_isolation ON public.students USING ((school_id = (current_setting('app.school_id'::text))::integer));
CREATE POLICY school_isolation ON public.grades USING ((school_id = (current_setting('app.school_id'::text))::integer));
CREATE POLICY school_isolation ON public.health_checks USING ((school_id = (current_setting('app.school_id'::text))::integer));

GRANT SELECT ON TABLE public.schools TO zx_app, zx_teacher_api, bi_reader;
GRANT SELECT,INSERT,UPDATE,DELETE ON TABLE public.students TO zx_app;
GRANT SELECT,INSERT,UPDATE,DELETE ON TABLE public.grades TO zx_app;
GRANT SELECT,INSERT,UPDATE,DELETE ON TABLE public.health_checks TO zx_app;
GRANT SELECT ON TABLE public.students TO zx_teacher_api;
GRANT SELECT,INSERT,UPDATE ON TABLE public.grades TO zx_teacher_api;
GRANT SELECT ON TABLE public.class_score_stats TO bi_reader;
-- The district analyst's login (used from the BI tool by 教育局 staff) was also given the
-- student table "for the enrolment report".
GRANT SELECT ON TABLE public.students TO bi_reader;
