--
-- The database "emr" after the rectification, as `pg_dumpall --roles-only` and
-- `pg_dump --schema-only emr` would write it. Changed: the HIS application has an ordinary
-- login, passwords are SCRAM-SHA-256, the insurance desk's login and the shared nurse-station
-- log-in are gone, nothing is granted to PUBLIC, nurses read only the columns their role needs
-- and only the patients of their own ward (row-level security).
--

\restrict 4hQeJm7sNfQ0x2dP8kGm

SET default_transaction_read_only = off;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

-- Changed: the bootstrap superuser can no longer log in (NOLOGIN; it cannot be made NOSUPERUSER).
-- No session, an application's or an administrator's, runs as superuser from login: superuser
-- power is a role an administrator takes up when needed (PIPL-DB-004, PIPL-DB-007).
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB NOLOGIN REPLICATION BYPASSRLS;
-- Changed: an ordinary login for the HIS application.
CREATE ROLE his_app;
ALTER ROLE his_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0c2FsdA==$2kQ3mZ8wq9eS0aVZlJv7m6q4JdU0xq1s1c2Y5mR2bHc=:Xw7pQ1yq2mFh3cV9sT0aB4dE6gH8jK0lM2nO4pQ6rS8=';
CREATE ROLE clinical;
ALTER ROLE clinical WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
-- Changed: each nurse logs in personally.
CREATE ROLE nurse_chen;
ALTER ROLE nurse_chen WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:bm90YXJlYWxzYWx0MTIzNA==$yV7yq3nWm2b8kR1tQ0sE9xZ4cA6dF5gH7jL8pN0oM1k=:aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9c=';

GRANT clinical TO nurse_chen GRANTED BY postgres;

\unrestrict 4hQeJm7sNfQ0x2dP8kGm

\restrict 9sLqT2vWbX4yZ6aC8eGi

-- Dumped from database version 16.4
-- Dumped by pg_dump version 16.4

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET row_security = off;

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

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamp with time zone,
    who text,
    what text
);

ALTER TABLE public.audit_log OWNER TO postgres;

--
-- Name: patients; Type: ROW SECURITY; Schema: public; Owner: postgres
--

ALTER TABLE public.patients ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.patients FORCE ROW LEVEL SECURITY;

--
-- Name: patients nurses_own_ward; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY nurses_own_ward ON public.patients FOR SELECT TO clinical USING ((ward = current_setting('app.ward'::text, true)));

--
-- Name: patients his_app_all; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY his_app_all ON public.patients TO his_app USING (true);

REVOKE ALL ON TABLE public.patients FROM PUBLIC;
GRANT SELECT,INSERT,UPDATE ON TABLE public.patients TO his_app;
-- Changed: column grants — the nurses' role reads what the ward needs, not the ID number.
GRANT SELECT(id) ON TABLE public.patients TO clinical;
GRANT SELECT(name) ON TABLE public.patients TO clinical;
GRANT SELECT(phone) ON TABLE public.patients TO clinical;
GRANT SELECT(ward) ON TABLE public.patients TO clinical;
GRANT SELECT(admitted_at) ON TABLE public.patients TO clinical;
GRANT SELECT(diagnosis) ON TABLE public.patients TO clinical;
GRANT SELECT(surgery_type) ON TABLE public.patients TO clinical;
GRANT SELECT(record) ON TABLE public.patients TO clinical;

\unrestrict 9sLqT2vWbX4yZ6aC8eGi
