--
-- PostgreSQL database cluster dump (roles) and database dump (schema and privileges) of the
-- medical-record system's database "emr", as `pg_dumpall --roles-only` and
-- `pg_dump --schema-only emr` would write them. assumed: the case does not report the database
-- configuration; this is the most plausible one for the leak it describes.
--

\restrict 4hQeJm7sNfQ0x2dP8kGm

SET default_transaction_read_only = off;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
-- The HIS application connects as a superuser (assumed: "so that it always works").
CREATE ROLE his_app;
ALTER ROLE his_app WITH SUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md5c7f4b6f0c4a0e7e3b6f41f0a1b8e2d91';
-- Clinical staff's group role.
CREATE ROLE clinical;
ALTER ROLE clinical WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
-- The surgical nurse station's shared log-in, used by the nurse-station PC's reporting tool.
CREATE ROLE nurse_station;
ALTER ROLE nurse_station WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md5e10adc3949ba59abbe56e057f20f883e';
-- The on-site insurance desk's log-in (assumed: "to verify admissions for claims").
CREATE ROLE insurance_desk;
ALTER ROLE insurance_desk WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'Insure2021';

GRANT clinical TO nurse_station GRANTED BY postgres;

\unrestrict 4hQeJm7sNfQ0x2dP8kGm

--
-- PostgreSQL database dump
--

\restrict 9sLqT2vWbX4yZ6aC8eGi

-- Dumped from database version 16.4
-- Dumped by pg_dump version 16.4

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';
SET default_table_access_method = heap;

--
-- Name: patients; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.patients (
    id bigint NOT NULL,
    name text NOT NULL,
    id_no character varying(18),
    phone character varying(20),
    ward text,
    admitted_at timestamp with time zone,
    diagnosis text,
    surgery_type text,
    record text
);

ALTER TABLE public.patients OWNER TO postgres;

--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamp with time zone,
    who text,
    what text
);

ALTER TABLE public.audit_log OWNER TO postgres;

--
-- Data for Name: patients; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.patients (id, name, id_no, phone, ward, admitted_at, diagnosis, surgery_type, record) FROM stdin;
\.

ALTER TABLE ONLY public.patients
    ADD CONSTRAINT patients_pkey PRIMARY KEY (id);

--
-- Name: TABLE patients; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.patients TO PUBLIC;
GRANT SELECT ON TABLE public.patients TO clinical;
GRANT SELECT ON TABLE public.patients TO insurance_desk;

--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: public; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;

--
-- PostgreSQL database dump complete
--

\unrestrict 9sLqT2vWbX4yZ6aC8eGi
