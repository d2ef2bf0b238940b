import { pgSchema, bigint, varchar, char, date, smallint, numeric, boolean, timestamp, integer, text, real } from 'drizzle-orm/pg-core';
import { relations } from 'drizzle-orm';

const card = pgSchema('card');
const access = pgSchema('access');
const aid = pgSchema('aid');
const sys = pgSchema('sys');

export const cardholder = card.table('cardholder', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  cardNo: varchar('card_no', { length: 12 }).notNull(),
  personNo: varchar('person_no', { length: 16 }).notNull(),
  personType: varchar('person_type', { length: 8 }).notNull(),
  name: varchar('name', { length: 40 }).notNull(),
  gender: char('gender', { length: 1 }),
  birthDate: date('birth_date'),
  idCardNo: varchar('id_card_no', { length: 18 }),
  phone: varchar('phone', { length: 11 }),
  collegeCode: varchar('college_code', { length: 8 }).notNull(),
  classCode: varchar('class_code', { length: 16 }),
  dormBuilding: varchar('dorm_building', { length: 8 }),
  dormRoom: varchar('dorm_room', { length: 8 }),
  photoKey: varchar('photo_key', { length: 128 }),
  bankCardNo: varchar('bank_card_no', { length: 19 }),
  status: smallint('status').notNull(),
  enrolledOn: date('enrolled_on'),
  leftOn: date('left_on'),
});

export const account = card.table('account', {
  cardNo: varchar('card_no', { length: 12 }).primaryKey(),
  balance: numeric('balance', { precision: 10, scale: 2 }).notNull(),
  dailyLimit: numeric('daily_limit', { precision: 10, scale: 2 }).notNull(),
  queryPwdHash: varchar('query_pwd_hash', { length: 64 }),
  frozen: boolean('frozen').notNull(),
  lostReportedAt: timestamp('lost_reported_at', { withTimezone: true }),
});

export const txn = card.table('txn', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  cardNo: varchar('card_no', { length: 12 }).notNull(),
  personNo: varchar('person_no', { length: 16 }).notNull(),
  collegeCode: varchar('college_code', { length: 8 }).notNull(),
  merchantId: integer('merchant_id').notNull(),
  terminalId: varchar('terminal_id', { length: 16 }).notNull(),
  txnType: smallint('txn_type').notNull(),
  amount: numeric('amount', { precision: 10, scale: 2 }).notNull(),
  balanceAfter: numeric('balance_after', { precision: 10, scale: 2 }).notNull(),
  txnTime: timestamp('txn_time', { withTimezone: true }).notNull(),
});

export const bankTopup = card.table('bank_topup', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  cardNo: varchar('card_no', { length: 12 }).notNull(),
  bankAccountNo: varchar('bank_account_no', { length: 19 }).notNull(),
  amount: numeric('amount', { precision: 10, scale: 2 }).notNull(),
  bankSerial: varchar('bank_serial', { length: 32 }).notNull(),
  channel: varchar('channel', { length: 8 }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const hardshipStudent = aid.table('hardship_student', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  personNo: varchar('person_no', { length: 16 }).notNull(),
  collegeCode: varchar('college_code', { length: 8 }).notNull(),
  academicYear: varchar('academic_year', { length: 9 }).notNull(),
  level: smallint('level').notNull(),
  familyIncome: numeric('family_income', { precision: 12, scale: 2 }),
  familyMembers: smallint('family_members'),
  reason: text('reason'),
  evidenceKeys: text('evidence_keys').array(),
  recognisedBy: varchar('recognised_by', { length: 32 }),
  recognisedAt: date('recognised_at'),
});

export const dormGateEvent = access.table('dorm_gate_event', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  personNo: varchar('person_no', { length: 16 }).notNull(),
  gateId: varchar('gate_id', { length: 16 }).notNull(),
  building: varchar('building', { length: 8 }).notNull(),
  direction: char('direction', { length: 1 }).notNull(),
  eventTime: timestamp('event_time', { withTimezone: true }).notNull(),
  snapshotKey: varchar('snapshot_key', { length: 128 }),
  matchScore: real('match_score'),
});

export const entryLog = access.table('entry_log', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  personNo: varchar('person_no', { length: 16 }).notNull(),
  placeType: varchar('place_type', { length: 8 }).notNull(),
  placeCode: varchar('place_code', { length: 16 }).notNull(),
  eventTime: timestamp('event_time', { withTimezone: true }).notNull(),
});

export const opLog = sys.table('op_log', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  operator: varchar('operator', { length: 32 }).notNull(),
  action: varchar('action', { length: 32 }).notNull(),
  target: varchar('target', { length: 128 }),
  ip: varchar('ip', { length: 45 }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const cardholderRelations = relations(cardholder, ({ one }) => ({
  account: one(account, { fields: [cardholder.cardNo], references: [account.cardNo] }),
}));
