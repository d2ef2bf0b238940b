// 短信通道：阿里云短信（委托处理），AccessKey 由环境变量注入
export async function sendSms(phone: string, template: string, params: Record<string, string>) {
  const ak = process.env.SMS_ACCESS_KEY_ID;
  const sk = process.env.SMS_ACCESS_KEY_SECRET;
  if (!ak || !sk) throw new Error('SMS not configured');
  // 调用 dysmsapi SendSms（略）
  return { phone, template, params };
}
