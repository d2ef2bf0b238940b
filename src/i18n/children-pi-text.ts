// The reason a view gives, inside a message, for counting categories such as a phone number as
// sensitive: they are PI of children under 14, which PIPL Art. 28 makes sensitive in full.
import type { Bilingual } from './bilingual.js';

const NOTE: Bilingual = {
  zh: '；其中为不满十四周岁未成年人的个人信息（存储或收集点声明其主体为儿童），依《个人信息保护法》第二十八条均属敏感个人信息',
  en: "; children's PI (the store or a collection point states its subjects are children under 14), sensitive in full under PIPL Art. 28",
};
const NONE: Bilingual = { zh: '', en: '' };

/** The note a message appends after the sensitive categories it names; empty when none is children's PI. */
export function childrenPINote(children: boolean): Bilingual {
  return children ? NOTE : NONE;
}
