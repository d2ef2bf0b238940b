import axios from 'axios';

export async function sendSms(phone: string, text: string) {
  await axios.post('https://sms.aliyuncs.example/send', { phone, text }, { headers: { 'x-api-key': process.env.SMS_KEY } });
}
