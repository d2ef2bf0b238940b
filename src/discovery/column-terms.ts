// The words that say a database column holds personal information, by taxonomy category: English
// name tokens (after splitting snake_case and camelCase) and Chinese terms (in a column name or
// comment). Data, not code: the classifier (classify-column-name.ts) decides where in a name a
// term must stand for it to count.

export interface EnglishTerm {
  /** Tokens in order, e.g. ['id', 'card']; a single token may be a compound (idcard). */
  tokens: readonly string[];
  category: string;
  /**
   * The term names a person's attribute only with a person before it (`name` of `recipient_name`,
   * not of `product_name`); alone it counts only in a table about people.
   */
  needsPerson?: true;
  /** Tokens that, right before the term, make it something else (`ip` + `address`). */
  notAfter?: readonly string[];
}

const t = (words: string, category: string, extra: Omit<EnglishTerm, 'tokens' | 'category'> = {}): EnglishTerm => ({ tokens: words.split(' '), category, ...extra });

/** Longer terms first: the classifier takes the longest term ending at the head of the name. */
export const ENGLISH_TERMS: readonly EnglishTerm[] = [
  // contact
  t('phone', 'contact.phone', { notAfter: ['smart', 'ip'] }),
  t('mobile', 'contact.phone'),
  t('cellphone', 'contact.phone'),
  t('telephone', 'contact.phone'),
  t('tel', 'contact.phone'),
  t('msisdn', 'contact.phone'),
  t('phonenumber', 'contact.phone'),
  t('mobilephone', 'contact.phone'),
  t('email', 'contact.email'),
  t('mail', 'contact.email', { notAfter: ['voice', 'snail'] }),
  t('address', 'contact.address', { notAfter: ['ip', 'mac', 'server', 'host', 'web', 'url', 'wallet', 'contract', 'email', 'mail', 'memory', 'bluetooth', 'bt', 'wifi', 'network', 'net', 'proxy', 'gateway', 'ipv4', 'ipv6'] }),
  t('addr', 'contact.address', { notAfter: ['ip', 'mac', 'server', 'host', 'web', 'url', 'email', 'mail', 'remote', 'local', 'bind', 'listen'] }),
  // identity
  t('id card', 'identity.id-number'),
  t('idcard', 'identity.id-number'),
  t('id number', 'identity.id-number'),
  t('id no', 'identity.id-number'),
  t('idno', 'identity.id-number'),
  t('identity card', 'identity.id-number'),
  t('identity number', 'identity.id-number'),
  t('identity no', 'identity.id-number'),
  t('citizen id', 'identity.id-number'),
  t('national id', 'identity.id-number'),
  t('resident id', 'identity.id-number'),
  t('cert no', 'identity.id-number'),
  t('certificate no', 'identity.id-number'),
  t('sfz', 'identity.id-number'),
  t('sfzh', 'identity.id-number'),
  t('ssn', 'identity.id-number'),
  t('passport', 'identity.passport'),
  t('name', 'identity.name', { needsPerson: true }),
  t('realname', 'identity.name'),
  t('fullname', 'identity.name'),
  t('consignee', 'identity.name'),
  t('birthday', 'identity.birth-date'),
  t('birth date', 'identity.birth-date'),
  t('birthdate', 'identity.birth-date'),
  t('date of birth', 'identity.birth-date'),
  t('dob', 'identity.birth-date'),
  t('birth', 'identity.birth-date'),
  t('gender', 'identity.gender'),
  t('sex', 'identity.gender'),
  // biometric
  t('face feature', 'biometric.face-template'),
  t('face template', 'biometric.face-template'),
  t('face vector', 'biometric.face-template'),
  t('face embedding', 'biometric.face-template'),
  t('face token', 'biometric.face-template'),
  t('face', 'biometric.face'),
  t('face image', 'biometric.face'),
  t('face photo', 'biometric.face'),
  t('fingerprint', 'biometric.fingerprint'),
  t('finger print', 'biometric.fingerprint'),
  t('iris', 'biometric.iris'),
  t('voiceprint', 'biometric.voiceprint'),
  // financial
  t('bank card', 'financial.payment-card'),
  t('bankcard', 'financial.payment-card'),
  t('credit card', 'financial.payment-card'),
  t('debit card', 'financial.payment-card'),
  t('card number', 'financial.payment-card', { notAfter: ['member', 'membership', 'gift', 'vip', 'sim', 'access', 'library', 'loyalty'] }),
  t('bank account', 'financial.account'),
  t('iban', 'financial.account'),
  // credentials
  t('password', 'credential.password'),
  t('passwd', 'credential.password'),
  t('pwd', 'credential.password'),
  // location
  t('latitude', 'location.precise'),
  t('longitude', 'location.precise'),
  t('lat', 'location.precise'),
  t('lng', 'location.precise'),
  t('lon', 'location.precise'),
  t('gps', 'location.precise'),
  // vehicle
  t('plate', 'vehicle.licence-plate', { notAfter: ['hot', 'name', 'door'] }),
  t('plate no', 'vehicle.licence-plate'),
  t('plate number', 'vehicle.licence-plate'),
  t('license plate', 'vehicle.licence-plate'),
  t('licence plate', 'vehicle.licence-plate'),
  t('car no', 'vehicle.licence-plate'),
  // health
  t('diagnosis', 'health.diagnosis'),
  t('medical record', 'health.record'),
  t('surgery', 'health.surgery'),
  t('medication', 'health.medication'),
  t('prescription', 'health.medication'),
  // specific identities
  t('ethnicity', 'specific-identity.ethnicity'),
  t('religion', 'specific-identity.religion'),
  // device
  t('ip', 'device.ip'),
  t('ip address', 'device.ip'),
  t('ip addr', 'device.ip'),
  t('imei', 'device.id'),
  t('mac address', 'device.id'),
  // logistics
  t('waybill no', 'logistics.waybill-number'),
  t('waybill number', 'logistics.waybill-number'),
  t('tracking no', 'logistics.waybill-number'),
  t('tracking number', 'logistics.waybill-number'),
];

/**
 * Tokens that may follow a term and still leave it the column's subject: the form a value is
 * kept in (number, encrypted, hash, masked) or a copy marker. Any other token after a term makes
 * the term a qualifier of something else (`mobile_app_version`, `address_id`, `phone_verified`).
 */
export const VALUE_SUFFIXES: ReadonlySet<string> = new Set([
  'no', 'num', 'number', 'nbr', 'nr', 'str', 'text', 'value', 'val', 'info', 'detail', 'details', 'full', 'raw', 'plain', 'plaintext',
  'enc', 'encrypted', 'encrypt', 'cipher', 'ciphertext', 'crypt', 'hash', 'hashed', 'md5', 'sha1', 'sha256', 'digest', 'masked', 'mask', 'desensitized',
  'bak', 'backup', 'old', 'new', 'orig', 'original', 'copy', 'tmp', 'temp', 'last', 'first', 'second', 'primary', 'secondary', 'main', 'alt', 'other',
  'image', 'img', 'photo', 'pic', 'picture', 'data', 'feature', 'features', 'template', 'vector', 'list', 'url', 'path', 'file',
]);

/** Leading tokens that make a column a flag about the value, not the value. */
export const FLAG_PREFIXES: ReadonlySet<string> = new Set(['is', 'has', 'can', 'allow', 'allows', 'enable', 'enabled', 'need', 'needs', 'show', 'use', 'with']);

/** Tokens that name a person: `name` after one of them is a person's name. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'real', 'full', 'first', 'last', 'given', 'family', 'sur', 'middle', 'nick', 'legal', 'true',
  'customer', 'client', 'patient', 'member', 'employee', 'staff', 'student', 'teacher', 'person', 'people', 'contact', 'emergency',
  'sender', 'recipient', 'receiver', 'consignee', 'consignor', 'shipper', 'buyer', 'seller', 'owner', 'holder', 'cardholder', 'driver', 'courier', 'rider', 'passenger',
  'guest', 'visitor', 'applicant', 'borrower', 'investor', 'insured', 'policyholder', 'beneficiary', 'guardian', 'parent', 'father', 'mother', 'spouse', 'doctor', 'nurse',
  'operator', 'agent', 'resident', 'tenant', 'landlord', 'subscriber', 'citizen', 'worker', 'candidate', 'child', 'kid', 'elder', 'pickup', 'delivery', 'linkman', 'legalperson',
]);

/** Table-name tokens that say its rows are people: a bare `name` column there is a person's name. */
export const PERSON_TABLE_WORDS: ReadonlySet<string> = new Set([
  'user', 'users', 'customer', 'customers', 'client', 'clients', 'patient', 'patients', 'member', 'members', 'employee', 'employees', 'staff', 'student', 'students',
  'person', 'persons', 'people', 'contact', 'contacts', 'courier', 'couriers', 'driver', 'drivers', 'passenger', 'passengers', 'guest', 'guests', 'visitor', 'visitors',
  'applicant', 'applicants', 'resident', 'residents', 'tenant', 'tenants', 'subscriber', 'subscribers', 'account', 'accounts', 'teacher', 'teachers', 'doctor', 'doctors',
  'sender', 'senders', 'recipient', 'recipients', 'consignee', 'consignees', 'investor', 'investors', 'borrower', 'borrowers', 'worker', 'workers', 'candidate', 'candidates',
]);

/** Chinese terms, found anywhere in a name or comment; the last one in the text is its subject. */
export const CHINESE_TERMS: ReadonlyArray<readonly [string, string]> = [
  ['手机号码', 'contact.phone'],
  ['手机号', 'contact.phone'],
  ['手机', 'contact.phone'],
  ['电话号码', 'contact.phone'],
  ['电话', 'contact.phone'],
  ['联系方式', 'contact.phone'],
  ['移动电话', 'contact.phone'],
  ['邮箱', 'contact.email'],
  ['电子邮件', 'contact.email'],
  ['地址', 'contact.address'],
  ['住址', 'contact.address'],
  ['身份证号码', 'identity.id-number'],
  ['身份证号', 'identity.id-number'],
  ['身份证', 'identity.id-number'],
  ['证件号码', 'identity.id-number'],
  ['证件号', 'identity.id-number'],
  ['护照', 'identity.passport'],
  ['姓名', 'identity.name'],
  ['真实姓名', 'identity.name'],
  ['收件人', 'identity.name'],
  ['寄件人', 'identity.name'],
  ['收货人', 'identity.name'],
  ['联系人', 'identity.name'],
  ['出生日期', 'identity.birth-date'],
  ['生日', 'identity.birth-date'],
  ['性别', 'identity.gender'],
  ['人脸特征', 'biometric.face-template'],
  ['人脸模板', 'biometric.face-template'],
  ['人脸', 'biometric.face'],
  ['面部', 'biometric.face'],
  ['指纹', 'biometric.fingerprint'],
  ['虹膜', 'biometric.iris'],
  ['声纹', 'biometric.voiceprint'],
  ['银行卡号', 'financial.payment-card'],
  ['银行卡', 'financial.payment-card'],
  ['信用卡', 'financial.payment-card'],
  ['银行账号', 'financial.account'],
  ['银行账户', 'financial.account'],
  ['密码', 'credential.password'],
  ['经纬度', 'location.precise'],
  ['经度', 'location.precise'],
  ['纬度', 'location.precise'],
  ['定位', 'location.precise'],
  ['车牌号码', 'vehicle.licence-plate'],
  ['车牌号', 'vehicle.licence-plate'],
  ['车牌', 'vehicle.licence-plate'],
  ['诊断', 'health.diagnosis'],
  ['病历', 'health.record'],
  ['手术', 'health.surgery'],
  ['用药', 'health.medication'],
  ['处方', 'health.medication'],
  ['民族', 'specific-identity.ethnicity'],
  ['宗教', 'specific-identity.religion'],
  ['运单号', 'logistics.waybill-number'],
  ['快递单号', 'logistics.waybill-number'],
];

/** Chinese text that may follow a term and leave it the subject (号, 号码, 加密, 明文 …). */
export const CHINESE_VALUE_SUFFIXES: readonly string[] = ['号码', '号', '码', '信息', '数据', '明文', '密文', '加密', '（加密）', '(加密)', '原文', '备份', '图片', '照片', '图像', '值', '详情'];
