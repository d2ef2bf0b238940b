--
-- PostgreSQL database dump
--

-- Dumped from database version 15.7
-- Dumped by pg_dump version 15.7

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
-- Name: collect; Type: SCHEMA; Schema: -; Owner: loancore_owner
--

CREATE SCHEMA collect;


ALTER SCHEMA collect OWNER TO loancore_owner;

--
-- Name: legacy; Type: SCHEMA; Schema: -; Owner: loancore_owner
--

CREATE SCHEMA legacy;


ALTER SCHEMA legacy OWNER TO loancore_owner;

--
-- Name: loan; Type: SCHEMA; Schema: -; Owner: loancore_owner
--

CREATE SCHEMA loan;


ALTER SCHEMA loan OWNER TO loancore_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: borrower; Type: TABLE; Schema: loan; Owner: loancore_owner
--

CREATE TABLE loan.borrower (
    id bigint NOT NULL,
    borrower_no character varying(20) NOT NULL,
    name character varying(50) NOT NULL,
    id_no character varying(18) NOT NULL,
    mobile character varying(11) NOT NULL,
    bank_card_no character varying(19),
    home_address character varying(200),
    employer character varying(100),
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE loan.borrower OWNER TO loancore_owner;

--
-- Name: COLUMN borrower.id_no; Type: COMMENT; Schema: loan; Owner: loancore_owner
--

COMMENT ON COLUMN loan.borrower.id_no IS '身份证号';


--
-- Name: COLUMN borrower.bank_card_no; Type: COMMENT; Schema: loan; Owner: loancore_owner
--

COMMENT ON COLUMN loan.borrower.bank_card_no IS '还款银行卡号';


--
-- Name: loan_contract; Type: TABLE; Schema: loan; Owner: loancore_owner
--

CREATE TABLE loan.loan_contract (
    contract_no character varying(32) NOT NULL,
    borrower_id bigint NOT NULL,
    product_code character varying(16) NOT NULL,
    principal numeric(12,2) NOT NULL,
    loan_date date NOT NULL,
    overdue_days integer DEFAULT 0 NOT NULL,
    overdue_amount numeric(12,2) DEFAULT 0 NOT NULL,
    settled_at date
);


ALTER TABLE loan.loan_contract OWNER TO loancore_owner;

--
-- Name: collection_case; Type: TABLE; Schema: collect; Owner: loancore_owner
--

CREATE TABLE collect.collection_case (
    case_id bigint NOT NULL,
    contract_no character varying(32) NOT NULL,
    borrower_id bigint NOT NULL,
    agency_code character varying(16),
    assignee character varying(30),
    stage character varying(8) NOT NULL,
    status character varying(12) NOT NULL,
    assigned_at timestamp with time zone
);


ALTER TABLE collect.collection_case OWNER TO loancore_owner;

--
-- Name: emergency_contact; Type: TABLE; Schema: collect; Owner: loancore_owner
--

CREATE TABLE collect.emergency_contact (
    id bigint NOT NULL,
    borrower_id bigint NOT NULL,
    contact_name character varying(50) NOT NULL,
    relation character varying(10) NOT NULL,
    contact_mobile character varying(11) NOT NULL
);


ALTER TABLE collect.emergency_contact OWNER TO loancore_owner;

--
-- Name: call_record; Type: TABLE; Schema: collect; Owner: loancore_owner
--

CREATE TABLE collect.call_record (
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    caller character varying(30) NOT NULL,
    callee_mobile character varying(11) NOT NULL,
    call_time timestamp with time zone NOT NULL,
    duration_sec integer,
    recording_path character varying(255)
);


ALTER TABLE collect.call_record OWNER TO loancore_owner;

--
-- Name: app_contacts_2021; Type: TABLE; Schema: legacy; Owner: loancore_owner
--

CREATE TABLE legacy.app_contacts_2021 (
    id bigint NOT NULL,
    borrower_id bigint NOT NULL,
    contact_name character varying(100),
    contact_mobile character varying(20),
    uploaded_at timestamp without time zone
);


ALTER TABLE legacy.app_contacts_2021 OWNER TO loancore_owner;

--
-- Name: TABLE app_contacts_2021; Type: COMMENT; Schema: legacy; Owner: loancore_owner
--

COMMENT ON TABLE legacy.app_contacts_2021 IS 'APP通讯录授权上传（2021年9月整改后停止采集，数据保留待定）';


--
-- Name: v_agency_case; Type: VIEW; Schema: collect; Owner: loancore_owner
--

CREATE VIEW collect.v_agency_case AS
 SELECT c.case_id,
    c.agency_code,
    c.stage,
    b.name AS borrower_name,
    b.mobile AS borrower_mobile,
    b.id_no AS borrower_id_no,
    b.home_address,
    l.overdue_amount,
    ec.contact_name,
    ec.relation,
    ec.contact_mobile
   FROM (((collect.collection_case c
     JOIN loan.borrower b ON ((b.id = c.borrower_id)))
     JOIN loan.loan_contract l ON (((l.contract_no)::text = (c.contract_no)::text)))
     LEFT JOIN collect.emergency_contact ec ON ((ec.borrower_id = c.borrower_id)))
  WHERE ((c.status)::text = 'OPEN'::text);


ALTER TABLE collect.v_agency_case OWNER TO loancore_owner;

--
-- Name: collection_case; Type: ROW SECURITY; Schema: collect; Owner: loancore_owner
--

ALTER TABLE collect.collection_case ENABLE ROW LEVEL SECURITY;

--
-- Name: collection_case agency_isolation; Type: POLICY; Schema: collect; Owner: loancore_owner
--

CREATE POLICY agency_isolation ON collect.collection_case FOR SELECT TO agency_sync USING (((agency_code)::text = upper("right"((CURRENT_USER)::text, 2))));


--
-- Name: collection_case collect_app_all; Type: POLICY; Schema: collect; Owner: loancore_owner
--

CREATE POLICY collect_app_all ON collect.collection_case TO collect_app USING (true) WITH CHECK (true);


--
-- Name: SCHEMA collect; Type: ACL; Schema: -; Owner: loancore_owner
--

GRANT USAGE ON SCHEMA collect TO collect_app;
GRANT USAGE ON SCHEMA collect TO agency_sync;
GRANT USAGE ON SCHEMA collect TO report_etl;


--
-- Name: SCHEMA legacy; Type: ACL; Schema: -; Owner: loancore_owner
--

GRANT USAGE ON SCHEMA legacy TO PUBLIC;


--
-- Name: SCHEMA loan; Type: ACL; Schema: -; Owner: loancore_owner
--

GRANT USAGE ON SCHEMA loan TO collect_app;
GRANT USAGE ON SCHEMA loan TO report_etl;


--
-- Name: TABLE borrower; Type: ACL; Schema: loan; Owner: loancore_owner
--

GRANT SELECT ON TABLE loan.borrower TO collect_app;
GRANT SELECT(id,borrower_no,name,id_no) ON TABLE loan.borrower TO report_etl;


--
-- Name: TABLE loan_contract; Type: ACL; Schema: loan; Owner: loancore_owner
--

GRANT SELECT ON TABLE loan.loan_contract TO collect_app;
GRANT SELECT ON TABLE loan.loan_contract TO report_etl;


--
-- Name: TABLE collection_case; Type: ACL; Schema: collect; Owner: loancore_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE collect.collection_case TO collect_app;
GRANT SELECT ON TABLE collect.collection_case TO agency_sync;


--
-- Name: TABLE emergency_contact; Type: ACL; Schema: collect; Owner: loancore_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE collect.emergency_contact TO collect_app;


--
-- Name: TABLE call_record; Type: ACL; Schema: collect; Owner: loancore_owner
--

GRANT SELECT,INSERT ON TABLE collect.call_record TO collect_app;


--
-- Name: TABLE app_contacts_2021; Type: ACL; Schema: legacy; Owner: loancore_owner
--

GRANT SELECT ON TABLE legacy.app_contacts_2021 TO PUBLIC;


--
-- Name: TABLE v_agency_case; Type: ACL; Schema: collect; Owner: loancore_owner
--

GRANT SELECT ON TABLE collect.v_agency_case TO agency_sync;


--
-- PostgreSQL database dump complete
--
