// Citations in the form legal Chinese writes them: 《中华人民共和国个人信息保护法》第五十一条第（四）项,
// 《网络数据安全管理条例》第九条, GB/T 35273—2020《信息安全技术 个人信息安全规范》第7.1条 — the full
// title at first mention, the short title after it. Rule files write provisions the English way
// (`Art. 51(4)`: one number in brackets is an item 项; `Art. 13(1)(3)` is paragraph 款 1, item 3;
// `§7.1` or `8.1.4.2 c)` a clause of a standard).

interface InstrumentNames {
  /** As first cited. */
  full: string;
  /** As cited after the first mention. */
  short: string;
  /** Standards number clauses (第7.1条); laws and regulations number articles in Chinese (第五十一条). */
  standard?: boolean;
}

/** The instruments rules cite, by the `instrument` name rule files use. */
const INSTRUMENTS: Record<string, InstrumentNames> = {
  PIPL: { full: '《中华人民共和国个人信息保护法》', short: '《个人信息保护法》' },
  'Cybersecurity Law': { full: '《中华人民共和国网络安全法》', short: '《网络安全法》' },
  'Data Security Law': { full: '《中华人民共和国数据安全法》', short: '《数据安全法》' },
  'Civil Code': { full: '《中华人民共和国民法典》', short: '《民法典》' },
  'Securities Law': { full: '《中华人民共和国证券法》', short: '《证券法》' },
  'Basic Healthcare and Health Promotion Law': { full: '《中华人民共和国基本医疗卫生与健康促进法》', short: '《基本医疗卫生与健康促进法》' },
  'Network Data Security Management Regulations': { full: '《网络数据安全管理条例》', short: '《网络数据安全管理条例》' },
  'Express Delivery Interim Regulations': { full: '《快递暂行条例》', short: '《快递暂行条例》' },
  'Regulations on Network Protection of Minors': { full: '《未成年人网络保护条例》', short: '《未成年人网络保护条例》' },
  "Provisions on the Cyber Protection of Children's Personal Information": { full: '《儿童个人信息网络保护规定》', short: '《儿童个人信息网络保护规定》' },
  'Face Recognition Technology Application Security Management Measures': { full: '《人脸识别技术应用安全管理办法》', short: '《人脸识别技术应用安全管理办法》' },
  'Personal Information Protection Compliance Audit Management Measures': { full: '《个人信息保护合规审计管理办法》', short: '《个人信息保护合规审计管理办法》' },
  'SPC Provisions on Civil Cases Involving Face Recognition (2021)': {
    full: '《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》',
    short: '《人脸识别民事案件规定》',
  },
  "SPC/SPP interpretation on infringing citizens' PI (2017)": {
    full: '《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》',
    short: '《侵犯公民个人信息刑事案件解释》',
  },
  // Not a title: ORG-003 cites the officer threshold without having identified its instrument (verified: false);
  // its provision reads "处理 100 万人以上个人信息的规定", so the citation reads 国家网信部门关于处理…的规定.
  'CAC rules on the PI protection officer threshold': { full: '国家网信部门关于', short: '国家网信部门关于' },
  'GB/T 35273-2020': { full: 'GB/T 35273—2020《信息安全技术 个人信息安全规范》', short: 'GB/T 35273—2020', standard: true },
  'GB/T 22239-2019': { full: 'GB/T 22239—2019《信息安全技术 网络安全等级保护基本要求》', short: 'GB/T 22239—2019', standard: true },
  'JR/T 0171-2020': { full: 'JR/T 0171—2020《个人金融信息保护技术规范》', short: 'JR/T 0171—2020', standard: true },
};

/** The principles PIPL's general provisions state, named where a rule cites them (a lawyer names the principle). */
const PIPL_PRINCIPLES: Record<string, string> = {
  'Art. 5': '合法、正当、必要和诚信原则',
  'Art. 6': '目的限制和最小必要原则',
  'Art. 7': '公开透明原则',
  'Art. 8': '信息质量原则',
  'Art. 9': '安全保障责任原则',
};

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..9999 in Chinese numerals as statutes number articles: 十一, 二十三, 一百零五, 一千二百二十六. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out.length > 0;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += (DIGITS[d] ?? '') + unit;
  });
  // 一十 → 十 at the start (第十一条, not 第一十一条).
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** The provision in Chinese form, or undefined when it is not written in a form we know. */
export function chineseProvision(provision: string, standard: boolean): string | undefined {
  const article = /^Art\. (\d+)((?:\(\d+\))*)$/.exec(provision.trim());
  if (article && !standard) {
    const parts = [...(article[2] ?? '').matchAll(/\((\d+)\)/g)].map((m) => Number(m[1]));
    const head = `第${chineseNumeral(Number(article[1]))}条`;
    if (parts.length === 0) return head;
    if (parts.length === 1) return `${head}第（${chineseNumeral(parts[0] ?? 0)}）项`;
    return `${head}第${chineseNumeral(parts[0] ?? 0)}款第（${chineseNumeral(parts[1] ?? 0)}）项`;
  }
  if (standard) {
    // Parenthesised glosses ("(level 3 access control)", "(rev. 3)") are English notes, not clauses.
    const bare = provision.replace(/\([^)]*\)/g, '');
    const clauses = [...bare.matchAll(/§?(\d+(?:\.\d+)*)\s*([a-z]\))?/g)].filter((m) => m[1] !== undefined);
    if (clauses.length === 0 || !/^§?\d/.test(provision.trim())) return undefined;
    return clauses.map((m) => `第${m[1]}条${m[2] ?? ''}`).join('、');
  }
  const annex = /^Annex item (\d+)$/.exec(provision.trim());
  if (annex) return `附件第${chineseNumeral(Number(annex[1]))}项`;
  return undefined;
}

/**
 * Provisions rule files name by subject rather than by number ("privacy waybill", "C3 grade"),
 * in Chinese: a citation in Chinese never carries the English gloss.
 */
const PROVISION_PHRASES: Record<string, string> = {
  'privacy waybill': '隐私面单要求',
  'C3 grade': 'C3 类信息',
  'C2 grade': 'C2 类信息',
  'C2 grade (display masking)': 'C2 类信息（展示时去标识化）',
  'C3 authentication data': 'C3 类鉴别信息',
  'C2/C3 display masking': 'C2、C3 类信息展示时去标识化',
  'mobile interconnection extension (移动互联安全扩展要求)': '移动互联安全扩展要求',
  'two-year audit cycle (article not recorded)': '每两年审计一次的要求（条文编号未记录）',
  'personal information inventory (clause not recorded)': '个人信息清单（条款编号未记录）',
  '1,000,000 individuals': '处理 100 万人以上个人信息的规定',
};

/** A provision named by subject, in Chinese; undefined when it has no entry. */
export function provisionPhrase(provision: string): string | undefined {
  return PROVISION_PHRASES[provision.trim()];
}

/**
 * Cites instruments in one document: the full title the first time, the short title after.
 * A new instance per document; rows that stand alone (CSV, JUnit, SARIF) cite in full.
 */
export class LegalCitations {
  private readonly mentioned = new Set<string>();

  /** The Chinese citation, or undefined when the instrument has no Chinese form here (NIST, unlisted). */
  cite(instrument: string, provision: string): string | undefined {
    const names = INSTRUMENTS[instrument];
    if (!names) return undefined;
    const clause = chineseProvision(provision, names.standard ?? false);
    const title = this.mentioned.has(instrument) ? names.short : names.full;
    this.mentioned.add(instrument);
    const principle = instrument === 'PIPL' ? PIPL_PRINCIPLES[provision.trim()] : undefined;
    if (clause === undefined) {
      const phrase = provisionPhrase(provision);
      return phrase !== undefined ? `${title}${phrase}` : `${title} ${provision}`;
    }
    return `${title}${clause}${principle ? `（${principle}）` : ''}`;
  }
}
