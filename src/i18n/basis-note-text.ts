// The notes rule packs write beside a legal basis (`basis[].note`), in Chinese where the pack wrote
// them in English: a catalogue keyed by the English note, as for input errors (see
// docs/design-notes.md), so the rule files stay as their authors keep them. A note already in
// Chinese is shown as written. tests/input-error-zh.test.ts checks every English note of the
// shipped packs has an entry.
import type { Lang } from './bilingual.js';

export const BASIS_NOTE_ZH: Record<string, string> = {
  'C2 identifying and financial data': 'C2 类身份识别与金融信息',
  'C2 identifying and financial data encrypted and masked on display': 'C2 类身份识别与金融信息加密，展示时屏蔽',
  'PIA reports kept at least three years': '个人信息保护影响评估报告至少保存三年',
  'access control, authentication': '访问控制、身份认证',
  'access records': '访问记录',
  "access records for minors' personal information": '未成年人个人信息的访问记录',
  'access to sensitive PI triggered by the business workflow (lettering unverified)': '敏感个人信息的访问由业务流程触发（条款编号未逐条核对）',
  'audit: analyse records, important security events': '审计：分析审计记录和重要安全事件',
  'collection limited to the minimum scope': '收集限于最小范围',
  'level 3 centralised control - identify, alarm on and analyse security events': '第三级集中管控：对安全事件进行识别、报警和分析',
  'confidentiality of important personal information at rest (level 3)': '重要个人信息存储过程中的保密性（第三级）',
  'confidentiality of important personal information in transit (level 3)': '重要个人信息传输过程中的保密性（第三级）',
  'consent must be given on the basis of full knowledge': '同意应当在充分知情的前提下作出',
  'de-identify PI displayed on screens or paper': '屏幕或纸面上展示的个人信息应去标识化',
  'delete or anonymise on account cancellation': '注销账号时删除或匿名化',
  'delete or anonymise when the retention period expires': '保存期限届满时删除或匿名化',
  'delete when the retention period expires': '保存期限届满时删除',
  'deletion claims upheld even where a contract is silent': '合同未约定时，删除请求同样应予支持',
  'effective technical measures to secure user data': '采取有效技术措施保障用户数据安全',
  'encrypt biometrics in transit; match on the terminal; no raw images': '生物识别信息传输加密；在终端比对；不保存原始图像',
  'encryption and de-identification': '加密和去标识化',
  'encryption, audit and access control': '加密、审计和访问控制',
  'encryption, backup, access control': '加密、备份、访问控制',
  entrustment: '委托处理',
  'explicit consent after separate notice for sensitive PI such as biometrics': '生物识别等敏感个人信息须单独告知后取得明示同意',
  'face data of under-14s': '不满十四周岁者的人脸信息',
  'forced or bundled consent is no defence': '强迫或捆绑取得的同意不能作为抗辩',
  'impact assessment before processing sensitive PI': '处理敏感个人信息前进行影响评估',
  'internal approval for bulk modify, copy, download (lettering unverified)': '批量修改、拷贝、下载须经内部审批（条款编号未逐条核对）',
  'investor information kept confidential': '投资者信息保密',
  'least-privilege access': '最小权限访问',
  'least-privilege access; sensitive access triggered by the business workflow': '最小权限访问；敏感访问由业务流程触发',
  'minimum retention of face data': '人脸信息保存期限最小化',
  'never share C3 authentication data': '不得共享 C3 类鉴别信息',
  'no coercion into face recognition': '不得强制使用人脸识别',
  'no processing beyond the consented purpose, method, category or retention': '不得超出同意的目的、方式、种类或保存期限处理',
  'no processing beyond the consented retention': '不得超出同意的保存期限处理',
  'no unreasonable conditions on requests': '不得对请求设置不合理条件',
  'notify affected persons of incidents': '发生安全事件时通知受影响的个人',
  'only collect and keep the personal information the business needs': '只收集和保存业务所需的个人信息',
  'penalties for not destroying waybills periodically': '未定期销毁运单的罚则',
  'processing rules state the retention period and what happens at expiry': '处理规则写明保存期限及期满后的处理',
  'property managers must offer an alternative means of verification': '物业服务企业须提供其他验证方式',
  'protect and back up audit records': '保护并备份审计记录',
  'protected audit records': '受保护的审计记录',
  'provision to another processor needs separate consent': '向其他处理者提供须取得单独同意',
  'public places only for public security, with signs; none in private spaces': '仅在公共场所为维护公共安全所必需时安装，并设置显著提示标识；私密空间不得安装',
  'rate limiting of failed authentication attempts': '限制失败认证尝试的速率',
  'records of access to personal information': '个人信息访问记录',
  'regular compliance audits': '定期开展合规审计',
  'retention is the shortest time necessary': '保存期限为实现处理目的所必要的最短时间',
  'retention minimised': '保存期限最小化',
  'salted, costly one-way key derivation': '加盐、高代价的单向密钥派生',
  'sensitive PI only with sufficient necessity': '只有在具有充分必要性时才处理敏感个人信息',
  'separate consent for sensitive PI': '处理敏感个人信息须取得单独同意',
  'strict protection of sensitive PI': '对敏感个人信息严格保护',
  'the threshold figure and its instrument have not been read in the text; treat as a lead': '门槛数字及其出处尚未对照原文核实；仅作线索',
  'third-party access management': '第三方接入管理',
};

/** A basis note in the language asked: the Chinese of an English note where the catalogue has it. */
export function basisNoteText(note: string, lang: Lang): string {
  if (lang === 'en' || /[\u4e00-\u9fff]/.test(note)) return note;
  return BASIS_NOTE_ZH[note] ?? note;
}
