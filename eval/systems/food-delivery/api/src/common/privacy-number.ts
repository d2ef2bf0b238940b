import axios from 'axios';

// 阿里云号码隐私保护（AXB）：下单时为顾客与骑手/商家绑定虚拟号，订单完成 3 小时后解绑
export async function bindVirtualNumber(customerPhone: string, riderPhone: string) {
  const res = await axios.post('https://dyplsapi.aliyuncs.example/BindAxb', { PhoneNoA: customerPhone, PhoneNoB: riderPhone, Expiration: 3 * 3600 }, { headers: { 'x-api-key': process.env.PLS_KEY } });
  return res.data.SecretNo as string;
}
