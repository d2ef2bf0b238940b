// When each instrument rules cite took effect (施行日期), by the `instrument` name rule files use:
// a requirement grounded only in an instrument not yet in force on the audit date (asOf) is not a
// requirement on that date. An instrument not listed is taken as in force (older standards, NIST
// guidance, an instrument not identified): the table only ever removes a requirement it dates.
const IN_FORCE_FROM: Readonly<Record<string, string>> = {
  PIPL: '2021-11-01',
  'Cybersecurity Law': '2017-06-01',
  'Data Security Law': '2021-09-01',
  'Civil Code': '2021-01-01',
  // As revised in 2019.
  'Securities Law': '2020-03-01',
  'Basic Healthcare and Health Promotion Law': '2020-06-01',
  // 国务院令第 790 号, promulgated 2024-09-24.
  'Network Data Security Management Regulations': '2025-01-01',
  'Express Delivery Interim Regulations': '2018-05-01',
  'Regulations on Network Protection of Minors': '2024-01-01',
  "Provisions on the Cyber Protection of Children's Personal Information": '2019-10-01',
  // CAC and MPS, published 2025-03-21.
  'Face Recognition Technology Application Security Management Measures': '2025-06-01',
  // CAC Order No. 18, published 2025-02-14.
  'Personal Information Protection Compliance Audit Management Measures': '2025-05-01',
  'SPC Provisions on Civil Cases Involving Face Recognition (2021)': '2021-08-01',
  "SPC/SPP interpretation on infringing citizens' PI (2017)": '2017-06-01',
  'GB/T 35273-2020': '2020-10-01',
  'GB/T 22239-2019': '2019-12-01',
  'GB/T 39786-2021': '2021-10-01',
  'JR/T 0171-2020': '2020-02-13',
};

/** The date the instrument took effect (YYYY-MM-DD), or undefined when the table does not date it. */
export function inForceFrom(instrument: string): string | undefined {
  return Object.hasOwn(IN_FORCE_FROM, instrument) ? IN_FORCE_FROM[instrument] : undefined;
}

/** Whether the instrument is in force on `asOf` (YYYY-MM-DD); an undated instrument is. */
export function inForceOn(instrument: string, asOf: string): boolean {
  const from = inForceFrom(instrument);
  return from === undefined || from <= asOf;
}
