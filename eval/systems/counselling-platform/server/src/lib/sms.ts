// 阿里云短信（模板 SMS_2931xxxx：“您的验证码为${code}，5 分钟内有效”）
export async function sendSms(phone: string, code: string): Promise<void> {
  // 由 sms-gateway 服务转发阿里云 dysmsapi
  await fetch(process.env.SMS_GATEWAY_URL ?? 'http://sms-gateway.internal/send', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, template: 'SMS_293100451', params: { code } }),
  });
}
