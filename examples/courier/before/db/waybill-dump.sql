--
-- Roles and schema of the outlet waybill database "waybill", as `pg_dumpall --roles-only` and
-- `pg_dump --schema-only waybill` would write them. assumed: the case does not describe the
-- database; this is the configuration that goes with a lookup "of any phone number".
-- 网点运单库的角色与表结构（假设）。
--

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
-- The waybill lookup service connects as a superuser with an md5 password.
CREATE ROLE waybill_api;
ALTER ROLE waybill_api WITH SUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md55f4dcc3b5aa765d61d8327deb882cf99';

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

-- Every database role may read every waybill.
GRANT SELECT ON TABLE public.waybills TO PUBLIC;
GRANT SELECT ON TABLE public.waybills TO waybill_api;
