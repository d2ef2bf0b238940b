--
-- Roles and schema of the outlet waybill database "waybill" after the rectification: the lookup
-- service has an ordinary log-in with a SCRAM password, nothing is granted to PUBLIC, and rows
-- are limited to the caller's outlet by row-level security. 整改后的运单库。
--

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

-- Changed: the bootstrap superuser can no longer log in (NOLOGIN; it cannot be made NOSUPERUSER).
-- No session, an application's or an administrator's, runs as superuser from login: superuser
-- power is a role an administrator takes up when needed (PIPL-DB-004, PIPL-DB-007).
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB NOLOGIN REPLICATION BYPASSRLS;
-- Changed: an ordinary log-in, SCRAM-SHA-256, no superuser.
CREATE ROLE waybill_api;
ALTER ROLE waybill_api WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0c2FsdA==$dGhpc2lzYXN0b3JlZGtleXRoaXNpc2FzdG9yZWQ=:dGhpc2lzYXNlcnZlcmtleXRoaXNpc2FzZXJ2ZXI=';

\connect waybill

CREATE TABLE public.waybills (
    waybill_no text NOT NULL,
    sender_name text,
    sender_phone text,
    sender_address text,
    recipient_name text,
    recipient_phone text,
    recipient_address text,
    goods text,
    outlet_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE public.waybills OWNER TO postgres;

-- Changed: nothing for PUBLIC; the service reads the waybills of the caller's outlet only.
GRANT SELECT ON TABLE public.waybills TO waybill_api;
ALTER TABLE public.waybills ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.waybills FORCE ROW LEVEL SECURITY;
CREATE POLICY outlet_rows ON public.waybills FOR SELECT TO waybill_api USING (outlet_id = current_setting('app.outlet_id'));
