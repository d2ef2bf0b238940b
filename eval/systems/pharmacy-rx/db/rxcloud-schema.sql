--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11
-- Dumped by pg_dump version 14.11

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: rx; Type: SCHEMA; Schema: -; Owner: rx_owner
--

CREATE SCHEMA rx;


ALTER SCHEMA rx OWNER TO rx_owner;

--
-- Name: tmp; Type: SCHEMA; Schema: -; Owner: rx_owner
--

CREATE SCHEMA tmp;


ALTER SCHEMA tmp OWNER TO rx_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: patient; Type: TABLE; Schema: rx; Owner: rx_owner
--

CREATE TABLE rx.patient (
    id bigint NOT NULL,
    member_no character varying(20),
    name character varying(50) NOT NULL,
    id_no character varying(18) NOT NULL,
    mobile character varying(11) NOT NULL,
    birth_date date,
    gender character(1),
    allergy_history text,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE rx.patient OWNER TO rx_owner;

--
-- Name: prescription; Type: TABLE; Schema: rx; Owner: rx_owner
--

CREATE TABLE rx.prescription (
    rx_no character varying(32) NOT NULL,
    patient_id bigint NOT NULL,
    hospital_code character varying(20) NOT NULL,
    doctor_name character varying(50),
    diagnosis text NOT NULL,
    drug_items jsonb NOT NULL,
    rx_image_url character varying(255),
    review_pharmacist character varying(30),
    review_status smallint DEFAULT 0 NOT NULL,
    store_code character varying(10),
    issued_at timestamp without time zone NOT NULL
);


ALTER TABLE rx.prescription OWNER TO rx_owner;

--
-- Name: member_purchase; Type: TABLE; Schema: rx; Owner: rx_owner
--

CREATE TABLE rx.member_purchase (
    id bigint NOT NULL,
    member_no character varying(20) NOT NULL,
    mobile character varying(11),
    sku_code character varying(20) NOT NULL,
    drug_name character varying(100) NOT NULL,
    quantity integer NOT NULL,
    store_code character varying(10),
    paid_at timestamp without time zone NOT NULL
);


ALTER TABLE rx.member_purchase OWNER TO rx_owner;

--
-- Name: audit_log; Type: TABLE; Schema: rx; Owner: rx_owner
--

CREATE TABLE rx.audit_log (
    id bigint NOT NULL,
    username character varying(30) NOT NULL,
    action character varying(30) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE rx.audit_log OWNER TO rx_owner;

--
-- Name: rx_export_2022; Type: TABLE; Schema: tmp; Owner: rx_owner
--

CREATE TABLE tmp.rx_export_2022 (
    rx_no character varying(32),
    patient_name character varying(50),
    id_no character varying(18),
    mobile character varying(11),
    diagnosis text,
    drug_items jsonb
);


ALTER TABLE tmp.rx_export_2022 OWNER TO rx_owner;

--
-- Name: patient patient_pkey; Type: CONSTRAINT; Schema: rx; Owner: rx_owner
--

ALTER TABLE ONLY rx.patient
    ADD CONSTRAINT patient_pkey PRIMARY KEY (id);

ALTER TABLE ONLY rx.prescription
    ADD CONSTRAINT prescription_pkey PRIMARY KEY (rx_no);

ALTER TABLE ONLY rx.member_purchase
    ADD CONSTRAINT member_purchase_pkey PRIMARY KEY (id);

--
-- Name: SCHEMA rx; Type: ACL; Schema: -; Owner: rx_owner
--

GRANT USAGE ON SCHEMA rx TO rx_app;
GRANT USAGE ON SCHEMA rx TO report_nhsa;
GRANT USAGE ON SCHEMA rx TO bi_zhouyan;
GRANT USAGE ON SCHEMA rx TO mkt_ro;

--
-- Name: SCHEMA tmp; Type: ACL; Schema: -; Owner: rx_owner
--

GRANT USAGE ON SCHEMA tmp TO PUBLIC;

--
-- Name: TABLE patient; Type: ACL; Schema: rx; Owner: rx_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE rx.patient TO rx_app;
GRANT SELECT ON TABLE rx.patient TO bi_zhouyan;
GRANT SELECT(id,member_no,name,mobile,gender) ON TABLE rx.patient TO mkt_ro;
GRANT SELECT(id,name,id_no) ON TABLE rx.patient TO report_nhsa;

--
-- Name: TABLE prescription; Type: ACL; Schema: rx; Owner: rx_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE rx.prescription TO rx_app;
GRANT SELECT ON TABLE rx.prescription TO bi_zhouyan;
GRANT SELECT(rx_no,patient_id,drug_items,store_code,issued_at) ON TABLE rx.prescription TO report_nhsa;

--
-- Name: TABLE member_purchase; Type: ACL; Schema: rx; Owner: rx_owner
--

GRANT SELECT,INSERT ON TABLE rx.member_purchase TO rx_app;
GRANT SELECT ON TABLE rx.member_purchase TO mkt_ro;
GRANT SELECT ON TABLE rx.member_purchase TO bi_zhouyan;

--
-- Name: TABLE audit_log; Type: ACL; Schema: rx; Owner: rx_owner
--

GRANT SELECT,INSERT,UPDATE,DELETE ON TABLE rx.audit_log TO rx_app;

--
-- Name: TABLE rx_export_2022; Type: ACL; Schema: tmp; Owner: rx_owner
--

GRANT SELECT ON TABLE tmp.rx_export_2022 TO PUBLIC;

--
-- PostgreSQL database dump complete
--
