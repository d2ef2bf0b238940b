import mongoose, { Schema } from 'mongoose';

// 玩家账号：手机号注册；实名认证后写入姓名、身份证号（防沉迷）。
const PlayerSchema = new Schema({
  phone: { type: String, index: true },
  nickname: String,
  realName: String,
  idCardNo: String,
  birthDate: String,
  isMinor: { type: Boolean, default: false },
  realNameStatus: { type: String, enum: ['none', 'pending', 'passed', 'failed'], default: 'none' },
  pi: String, // 国家新闻出版署防沉迷系统返回的 pi（玩家唯一标识）
  deviceId: String,
  oaid: String,
  lastLoginIp: String,
  banned: { type: Boolean, default: false },
  createdAt: { type: Date, default: Date.now },
});
export const Player = mongoose.model('Player', PlayerSchema);

const PaymentSchema = new Schema({
  playerId: { type: String, index: true },
  orderNo: String,
  productId: String,
  amount: Number,
  channel: String,
  ip: String,
  paidAt: Date,
});
export const Payment = mongoose.model('Payment', PaymentSchema);

// 人脸核验：未成年人疑似冒用成年人身份、夜间登录、大额充值时拉起（腾讯云慧眼回调）。
const FaceCheckSchema = new Schema({
  playerId: String,
  bizToken: String,
  imageUrl: String, // oss://xh-facecheck/…
  score: Number,
  passed: Boolean,
  createdAt: { type: Date, default: Date.now },
});
export const FaceCheck = mongoose.model('FaceCheck', FaceCheckSchema);

const ChatLogSchema = new Schema({
  playerId: { type: String, index: true },
  toPlayerId: String,
  channel: String, // world | guild | private
  content: String,
  sentAt: Date,
});
export const ChatLog = mongoose.model('ChatLog', ChatLogSchema);

const TicketSchema = new Schema({
  playerId: String,
  assignee: String,
  kind: String,
  status: String,
});
export const Ticket = mongoose.model('Ticket', TicketSchema);

const GmUserSchema = new Schema({
  username: String,
  passwordHash: String,
  role: String, // gm-admin | cs | cs-lead
  vendor: String,
});
export const GmUser = mongoose.model('GmUser', GmUserSchema);
