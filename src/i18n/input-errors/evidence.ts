// Chinese of the evidence record's diagnostics (src/evidence). English template → Chinese; see
// src/i18n/input-error-templates.ts.
export const EVIDENCE_ZH: Record<string, string> = {
  'baseDir "{0}" leaves the folder of the evidence record': 'baseDir "{0}" 指向证据记录所在文件夹之外',
  'a relative folder inside the record’s folder ("." for the record’s own folder): write the record in the folder that holds the audited files, or above it':
    '记录所在文件夹内的相对文件夹（"." 即记录本身所在的文件夹）：请把记录写在存放被审计文件的文件夹或其上级文件夹中',
  'input path "{0}" leaves the record\'s base folder': '输入路径 "{0}" 指向记录的基准文件夹之外',
  'a relative path inside the base folder (audit files that lie inside the working directory)': '基准文件夹内的相对路径（请审计位于工作目录内的文件）',
  'output path "{0}" leaves the record\'s base folder': '输出路径 "{0}" 指向记录的基准文件夹之外',
  'outputs written inside the working directory': '写在工作目录内的输出',
  'cannot read the public key: {0}': '无法读取公钥：{0}',
  'an Ed25519 public key, SPKI PEM (as `pipl-audit evidence keygen` writes)': 'Ed25519 公钥，SPKI PEM 格式（即 `pipl-audit evidence keygen` 写出的格式）',
};
