// PI discovery: which column names and comments name a PI category (and which only look like it),
// the exact value checks, and that only counts and masked examples leave the module.
import { describe, expect, it } from 'vitest';
import { classifyColumnName, classifyComment, nameTokens } from '../src/discovery/classify-column-name.js';
import { discoverTable } from '../src/discovery/discover-table.js';
import { bankCard, cnMobile, cnPlate, cnResidentId, luhnValid, residentIdCheck } from '../src/discovery/value-validators.js';
import { firstRows } from '../src/importers/mysql-dump/first-rows.js';
import { splitMysqlDump } from '../src/importers/mysql-dump/split-mysql-dump.js';

describe('column names', () => {
  it('splits snake, kebab and camel case, acronyms and digits', () => {
    expect(nameTokens('recipientPhone2')).toEqual(['recipient', 'phone', '2']);
    expect(nameTokens('IDCardNo')).toEqual(['id', 'card', 'no']);
    expect(nameTokens('face-feature_vector')).toEqual(['face', 'feature', 'vector']);
  });

  it.each([
    ['recipient_phone', 'contact.phone'],
    ['mobile', 'contact.phone'],
    ['tel', 'contact.phone'],
    ['buyerMobile', 'contact.phone'],
    ['mobile_no', 'contact.phone'],
    ['phone_encrypted', 'contact.phone'],
    ['手机号', 'contact.phone'],
    ['收件人电话', 'contact.phone'],
    ['id_card', 'identity.id-number'],
    ['idcard_no', 'identity.id-number'],
    ['IDCardNo', 'identity.id-number'],
    ['身份证号', 'identity.id-number'],
    ['bank_card', 'financial.payment-card'],
    ['银行卡', 'financial.payment-card'],
    ['人脸', 'biometric.face'],
    ['face_feature', 'biometric.face-template'],
    ['address', 'contact.address'],
    ['收货地址', 'contact.address'],
    ['plate_no', 'vehicle.licence-plate'],
    ['车牌', 'vehicle.licence-plate'],
    ['recipient_name', 'identity.name'],
    ['login_ip', 'device.ip'],
    ['mac_address', 'device.id'],
  ])('%s is %s', (name, category) => {
    expect(classifyColumnName(name)?.category).toBe(category);
  });

  it.each([
    'mobile_app_version',
    'address_id',
    'phone_verified',
    'is_mobile',
    'phone_model',
    'product_name',
    'file_name',
    'ip_address_count',
    'server_address',
    'plate_color',
    'shelf',
    'pickup_code',
    '手机型号',
    '地址编号',
    '服务器地址',
  ])('%s is not PI by its name', (name) => {
    expect(classifyColumnName(name)).toBeUndefined();
  });

  it('a bare name column is a person\'s name only in a table of people', () => {
    expect(classifyColumnName('name', 'members')?.category).toBe('identity.name');
    expect(classifyColumnName('name', 'shelves')).toBeUndefined();
  });

  it('comments: the first phrase naming a category, English or Chinese', () => {
    expect(classifyComment('手机号（会员登记），用于联系')?.category).toBe('contact.phone');
    expect(classifyComment('Recipient phone number (encrypted)')?.category).toBe('contact.phone');
    expect(classifyComment('取件码')).toBeUndefined();
  });
});

describe('value validators', () => {
  it('mobile numbers: assigned ranges only, with +86 and separators', () => {
    expect(cnMobile.match('13812345678')).toBe('13812345678');
    expect(cnMobile.match('+86 159-8765-4321')).toBe('15987654321');
    expect(cnMobile.match('19912345678')).toBe('19912345678');
    expect(cnMobile.match('15412345678')).toBeUndefined(); // 154 is not assigned
    expect(cnMobile.match('12012345678')).toBeUndefined();
    expect(cnMobile.match('1381234567')).toBeUndefined();
    expect(cnMobile.match('1404123456789')).toBeUndefined(); // 13-digit IoT number
  });

  it('resident ID numbers: GB 11643 check digit, region and a real birth date', () => {
    const first17 = '11010519491231002';
    const valid = first17 + residentIdCheck(first17);
    expect(valid).toBe('11010519491231002X');
    expect(cnResidentId.match(valid)).toBe(valid);
    expect(cnResidentId.match(valid.toLowerCase())).toBe(valid);
    expect(cnResidentId.match('110105194912310021')).toBeUndefined(); // wrong check digit
    const feb30 = '11010519490230001';
    expect(cnResidentId.match(feb30 + residentIdCheck(feb30))).toBeUndefined();
    const region99 = '99010519491231002';
    expect(cnResidentId.match(region99 + residentIdCheck(region99))).toBeUndefined();
  });

  it('bank cards: Luhn, a scheme prefix and its length, and not a resident ID number', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(bankCard.match('6222021001123456789')).toBe('6222021001123456789');
    expect(bankCard.match('6222 0210 0112 3456 789')).toBe('6222021001123456789');
    expect(bankCard.match('6222021001123456788')).toBeUndefined(); // Luhn fails
    expect(bankCard.match('1234567812345670')).toBeUndefined(); // passes Luhn, no scheme starts with 1
    // An ID number of a Guangdong resident that happens to pass the Luhn check is not a card.
    const ids = ['44030619850607', '44030619900101', '44030619770315'].flatMap((p) => Array.from({ length: 900 }, (_, i) => `${p}${String(100 + i)}`)).map((p) => p + residentIdCheck(p));
    const luhnPassing = ids.filter((id) => /^\d+$/.test(id) && luhnValid(id));
    expect(luhnPassing.length).toBeGreaterThan(0);
    for (const id of luhnPassing) expect(bankCard.match(id)).toBeUndefined();
  });

  it('plates: province, issuing letter, ordinary and new-energy', () => {
    expect(cnPlate.match('粤B12345')).toBe('粤B12345');
    expect(cnPlate.match('京A·9K8M7')).toBe('京A9K8M7');
    expect(cnPlate.match('粤BD12345')).toBe('粤BD12345');
    expect(cnPlate.match('粤B12345F')).toBe('粤B12345F');
    expect(cnPlate.match('粤B1234挂')).toBe('粤B1234挂');
    expect(cnPlate.match('粤I12345')).toBeUndefined(); // no I or O
    expect(cnPlate.match('港B12345')).toBeUndefined();
    expect(cnPlate.match('粤B123')).toBeUndefined();
  });

  it('masks keep only the ends', () => {
    expect(cnMobile.mask('13812345678')).toBe('138****5678');
    expect(cnResidentId.mask('11010519491231002X')).toBe('110***********002X');
    expect(bankCard.mask('6222021001123456789')).toBe('6222***********6789');
    expect(cnPlate.mask('粤B12345')).toBe('粤B***45');
  });
});

describe('discovering a table', () => {
  const columns = [{ name: 'c1' }, { name: 'remark' }, { name: 'mobile_app_version' }];
  const rows = (values: Array<[string | null, string | null, string | null]>) => values;

  it('content decides an unnamed column when most sampled values pass; output is counts and masked examples only', () => {
    const found = discoverTable({ key: 'public.t', name: 't', columns, rows: rows([['13812345678', 'call me', '3.2.1'], ['15987654321', null, '3.2.1'], ['', 'ok', '3.1']]) });
    expect(found.columns.map((c) => c.name)).toEqual(['c1']);
    const evidence = found.columns[0]?.byContent?.[0];
    expect(evidence).toMatchObject({ validator: 'cn-mobile', hits: 2, sampled: 2 });
    const text = JSON.stringify(found);
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('15987654321');
    expect(text).toContain('138****5678');
  });

  it('a free-text column with one phone number among many remarks is not called a phone column', () => {
    const found = discoverTable({ key: 'public.t', name: 't', columns, rows: rows([[null, '13812345678', null], [null, 'leave at door', null], [null, 'fragile', null]]) });
    expect(found.columns).toEqual([]);
  });

  it('reads at most the rows given and reports how many', () => {
    const found = discoverTable({ key: 'public.t', name: 't', columns: [{ name: 'x' }], rows: [['13812345678']] });
    expect(found.rowsSampled).toBe(1);
  });
});

describe('MySQL dump statements', () => {
  it('splits on the delimiter outside quotes and comments; a versioned comment starting a statement is its text, one inside a plain statement is dropped', () => {
    const text = "/*!40101 SET NAMES utf8 */;\n-- a comment; with a semicolon\nINSERT INTO `t` VALUES (1,'a;b\\';c');\nDELIMITER ;;\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET @a = 1; END;;\nDELIMITER ;\nUSE `shop`;\nCREATE TABLE `p` (`id` int) ENGINE=InnoDB\n/*!50100 PARTITION BY HASH (`id`) */;\n/*!50001 CREATE ALGORITHM=UNDEFINED */\n/*!50013 DEFINER=`app`@`%` SQL SECURITY DEFINER */\n/*!50001 VIEW `v` AS select `id` AS `id` from `p` */;\n";
    const statements = splitMysqlDump(text, 'dump.sql');
    expect(statements.map((s) => s.text.split(/\s+/)[0])).toEqual(['SET', 'INSERT', 'CREATE', 'USE', 'CREATE', 'CREATE']);
    expect(statements[1]?.line).toBe(3);
    expect(statements[2]?.text).toContain('SET @a = 1; END');
    expect(statements[4]?.text).not.toContain('PARTITION');
    expect(statements[5]?.text.replace(/\s+/g, ' ')).toBe('CREATE ALGORITHM=UNDEFINED DEFINER=`app`@`%` SQL SECURITY DEFINER VIEW `v` AS select `id` AS `id` from `p`');
    expect(statements[5]?.line).toBe(10);
  });

  it('cuts an extended INSERT after the rows wanted, respecting quotes and nesting', () => {
    const statement = "INSERT INTO `t` VALUES (1,'a),(b'),(2,CONCAT('x','y')),(3,'z')";
    expect(firstRows(statement, 2)).toBe("INSERT INTO `t` VALUES (1,'a),(b'),(2,CONCAT('x','y'))");
    expect(firstRows(statement, 10)).toBe(statement);
    expect(firstRows('INSERT INTO t SELECT * FROM u', 1)).toBeUndefined();
  });
});

describe('rows of a PostgreSQL dump', () => {
  it('reads COPY data and INSERT values, decoding COPY escapes, at most the rows asked for per table', async () => {
    const { loadModule } = await import('libpg-query');
    await loadModule();
    const { splitStatements } = await import('../src/importers/postgresql/split-statements.js');
    const { postgresDumpRows } = await import('../src/discovery/postgres-dump-rows.js');
    const inserts = Array.from({ length: 50 }, (_, i) => `INSERT INTO public.members (id, phone) VALUES (${i}, '1381234${String(5600 + i)}');`).join('\n');
    const text = `CREATE TABLE public.t (a text, b text);\nCOPY public.t (b, a) FROM stdin;\nx\\ty\t\\N\nsecond\tz\nthird\tw\n\\.\n${inserts}\nINSERT INTO public.other VALUES ('a'::text, 12, NULL, true);\n`;
    const { statements } = splitStatements(text, 'dump.sql');
    const rows = postgresDumpRows([{ text, statements }], 2);
    expect(rows.get('public.t')).toEqual({ columns: ['b', 'a'], rows: [['x\ty', null], ['second', 'z']] });
    expect(rows.get('public.members')?.rows).toEqual([['0', '13812345600'], ['1', '13812345601']]);
    expect(rows.get('public.other')).toEqual({ rows: [['a', '12', null, 'true']] });
    expect(postgresDumpRows([{ text, statements }], 0).size).toBe(0);
  });
});
