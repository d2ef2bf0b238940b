--
-- PostgreSQL database dump
--

-- Dumped from database version 16.3
-- Dumped by pg_dump version 16.3

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
-- Name: card; Type: SCHEMA; Schema: -; Owner: cc_owner
--

CREATE SCHEMA card;


ALTER SCHEMA card OWNER TO cc_owner;

--
-- Name: tmp; Type: SCHEMA; Schema: -; Owner: cc_owner
--

CREATE SCHEMA tmp;


ALTER SCHEMA tmp OWNER TO cc_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: applicant; Type: TABLE; Schema: card; Owner: cc_owner
--

CREATE TABLE card.applicant (
    id bigint NOT NULL,
    apply_no character varying(24) NOT NULL,
    name character varying(50) NOT NULL,
    id_no character varying(18) NOT NULL,
    mobile character varying(11) NOT NULL,
    annual_income numeric(14,2),
    employer character varying(120),
    home_address character varying(200),
    id_card_front_url character varying(255),
    channel character varying(20),
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE card.applicant OWNER TO cc_owner;

--
-- Name: credit_report; Type: TABLE; Schema: card; Owner: cc_owner
--

CREATE TABLE card.credit_report (
    id bigint NOT NULL,
    applicant_id bigint NOT NULL,
    report_json jsonb NOT NULL,
    score integer,
    authorization_no character varying(40) NOT NULL,
    pulled_at timestamp with time zone NOT NULL
);


ALTER TABLE card.credit_report OWNER TO cc_owner;

--
-- Name: card_account; Type: TABLE; Schema: card; Owner: cc_owner
--

CREATE TABLE card.card_account (
    card_no character varying(19) NOT NULL,
    applicant_id bigint NOT NULL,
    credit_limit numeric(12,2) NOT NULL,
    balance numeric(12,2) DEFAULT 0 NOT NULL,
    status character varying(12) NOT NULL,
    opened_at date NOT NULL
);


ALTER TABLE card.card_account OWNER TO cc_owner;

--
-- Name: collection_case; Type: TABLE; Schema: card; Owner: cc_owner
--

CREATE TABLE card.collection_case (
    case_id bigint NOT NULL,
    card_no character varying(19) NOT NULL,
    cardholder_name character varying(50) NOT NULL,
    mobile character varying(11) NOT NULL,
    overdue_amount numeric(12,2) NOT NULL,
    overdue_days integer NOT NULL,
    contact_name character varying(50),
    contact_mobile character varying(11),
    agency_code character varying(10),
    assigned_at timestamp with time zone
);


ALTER TABLE card.collection_case OWNER TO cc_owner;

--
-- Name: call_recording; Type: TABLE; Schema: card; Owner: cc_owner
--

CREATE TABLE card.call_recording (
    id bigint NOT NULL,
    case_id bigint,
    lead_id bigint,
    caller character varying(30) NOT NULL,
    file_path character varying(255) NOT NULL,
    transcript text,
    recorded_at timestamp with time zone NOT NULL
);


ALTER TABLE card.call_recording OWNER TO cc_owner;

--
-- Name: tm_lead; Type: TABLE; Schema: card; Owner: cc_owner
--

CREATE TABLE card.tm_lead (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    mobile character varying(11) NOT NULL,
    id_no character varying(18),
    annual_income numeric(14,2),
    campaign character varying(40) NOT NULL,
    outcome character varying(20),
    called_at timestamp with time zone
);


ALTER TABLE card.tm_lead OWNER TO cc_owner;

--
-- Name: access_log; Type: TABLE; Schema: card; Owner: cc_owner
--

CREATE TABLE card.access_log (
    id bigint NOT NULL,
    operator character varying(30) NOT NULL,
    action character varying(30) NOT NULL,
    target character varying(60),
    ip inet,
    at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE card.access_log OWNER TO cc_owner;

--
-- Name: applicant_bak_2023; Type: TABLE; Schema: tmp; Owner: cc_owner
--

CREATE TABLE tmp.applicant_bak_2023 (
    id bigint,
    apply_no character varying(24),
    name character varying(50),
    id_no character varying(18),
    mobile character varying(11),
    annual_income numeric(14,2),
    employer character varying(120),
    home_address character varying(200)
);


ALTER TABLE tmp.applicant_bak_2023 OWNER TO cc_owner;

--
-- Name: applicant applicant_pkey; Type: CONSTRAINT; Schema: card; Owner: cc_owner
--

ALTER TABLE ONLY card.applicant
    ADD CONSTRAINT applicant_pkey PRIMARY KEY (id);


--
-- Name: credit_report credit_report_pkey; Type: CONSTRAINT; Schema: card; Owner: cc_owner
--

ALTER TABLE ONLY card.credit_report
    ADD CONSTRAINT credit_report_pkey PRIMARY KEY (id);


--
-- Name: card_account card_account_pkey; Type: CONSTRAINT; Schema: card; Owner: cc_owner
--

ALTER TABLE ONLY card.card_account
    ADD CONSTRAINT card_account_pkey PRIMARY KEY (card_no);


--
-- Name: collection_case collection_case_pkey; Type: CONSTRAINT; Schema: card; Owner: cc_owner
--

ALTER TABLE ONLY card.collection_case
    ADD CONSTRAINT collection_case_pkey PRIMARY KEY (case_id);


--
-- Name: call_recording call_recording_pkey; Type: CONSTRAINT; Schema: card; Owner: cc_owner
--

ALTER TABLE ONLY card.call_recording
    ADD CONSTRAINT call_recording_pkey PRIMARY KEY (id);


--
-- Name: tm_lead tm_lead_pkey; Type: CONSTRAINT; Schema: card; Owner: cc_owner
--

ALTER TABLE ONLY card.tm_lead
    ADD CONSTRAINT tm_lead_pkey PRIMARY KEY (id);


--
-- Name: access_log access_log_pkey; Type: CONSTRAINT; Schema: card; Owner: cc_owner
--

ALTER TABLE ONLY card.access_log
    ADD CONSTRAINT access_log_pkey PRIMARY KEY (id);


--
-- Name: SCHEMA card; Type: ACL; Schema: -; Owner: cc_owner
--

GRANT USAGE ON SCHEMA card TO app_cardsvc;
GRANT USAGE ON SCHEMA card TO r_applicant_read;
GRANT USAGE ON SCHEMA card TO r_risk;
GRANT USAGE ON SCHEMA card TO r_collection;
GRANT USAGE ON SCHEMA card TO tm_vendor;


--
-- Name: SCHEMA tmp; Type: ACL; Schema: -; Owner: cc_owner
--

GRANT USAGE ON SCHEMA tmp TO r_risk;


--
-- Name: TABLE applicant; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE card.applicant TO app_cardsvc;
GRANT SELECT ON TABLE card.applicant TO r_risk;


--
-- Name: COLUMN applicant.id; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(id) ON TABLE card.applicant TO r_applicant_read;


--
-- Name: COLUMN applicant.apply_no; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(apply_no) ON TABLE card.applicant TO r_applicant_read;


--
-- Name: COLUMN applicant.name; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(name) ON TABLE card.applicant TO r_applicant_read;


--
-- Name: COLUMN applicant.mobile; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(mobile) ON TABLE card.applicant TO r_applicant_read;


--
-- Name: TABLE credit_report; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT,INSERT ON TABLE card.credit_report TO app_cardsvc;
GRANT SELECT ON TABLE card.credit_report TO r_risk;


--
-- Name: TABLE card_account; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE card.card_account TO app_cardsvc;


--
-- Name: TABLE collection_case; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE card.collection_case TO app_cardsvc;


--
-- Name: COLUMN collection_case.case_id; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(case_id) ON TABLE card.collection_case TO r_collection;


--
-- Name: COLUMN collection_case.cardholder_name; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(cardholder_name) ON TABLE card.collection_case TO r_collection;


--
-- Name: COLUMN collection_case.mobile; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(mobile) ON TABLE card.collection_case TO r_collection;


--
-- Name: COLUMN collection_case.overdue_amount; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(overdue_amount) ON TABLE card.collection_case TO r_collection;


--
-- Name: COLUMN collection_case.overdue_days; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(overdue_days) ON TABLE card.collection_case TO r_collection;


--
-- Name: COLUMN collection_case.contact_name; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(contact_name) ON TABLE card.collection_case TO r_collection;


--
-- Name: COLUMN collection_case.contact_mobile; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(contact_mobile) ON TABLE card.collection_case TO r_collection;


--
-- Name: COLUMN collection_case.agency_code; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT(agency_code) ON TABLE card.collection_case TO r_collection;


--
-- Name: TABLE call_recording; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT,INSERT ON TABLE card.call_recording TO app_cardsvc;
GRANT SELECT ON TABLE card.call_recording TO r_collection;


--
-- Name: TABLE tm_lead; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE card.tm_lead TO app_cardsvc;
GRANT SELECT,UPDATE ON TABLE card.tm_lead TO tm_vendor;


--
-- Name: TABLE access_log; Type: ACL; Schema: card; Owner: cc_owner
--

GRANT INSERT ON TABLE card.access_log TO app_cardsvc;


--
-- Name: TABLE applicant_bak_2023; Type: ACL; Schema: tmp; Owner: cc_owner
--

GRANT SELECT ON TABLE tmp.applicant_bak_2023 TO r_risk;


--
-- PostgreSQL database dump complete
--

