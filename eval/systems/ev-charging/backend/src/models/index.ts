import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../db';

export class AppUser extends Model {
  declare id: number;
  declare phone: string;
  declare nickname: string | null;
  declare realName: string | null;
  declare idNoEnc: string | null;
  declare fleetId: number | null;
}
AppUser.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    phone: { type: DataTypes.STRING(20), allowNull: false, unique: true },
    nickname: DataTypes.STRING(40),
    realName: { type: DataTypes.STRING(40), field: 'real_name' },
    idNoEnc: { type: DataTypes.STRING(128), field: 'id_no_enc' },
    fleetId: { type: DataTypes.BIGINT, field: 'fleet_id' },
    createdAt: { type: DataTypes.DATE, field: 'created_at' },
  },
  { sequelize, tableName: 'app_user', updatedAt: false },
);

export class Vehicle extends Model {
  declare id: number;
  declare userId: number;
  declare plateNo: string;
  declare vin: string | null;
}
Vehicle.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    plateNo: { type: DataTypes.STRING(12), field: 'plate_no' },
    vin: DataTypes.STRING(17),
    brand: DataTypes.STRING(40),
  },
  { sequelize, tableName: 'vehicle', timestamps: false },
);

export class ChargingSession extends Model {
  declare id: number;
  declare userId: number;
  declare stationId: number;
  declare operatorId: number;
  declare plateNo: string | null;
}
ChargingSession.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    stationId: { type: DataTypes.BIGINT, field: 'station_id' },
    operatorId: { type: DataTypes.BIGINT, field: 'operator_id' },
    connectorNo: { type: DataTypes.STRING(24), field: 'connector_no' },
    plateNo: { type: DataTypes.STRING(12), field: 'plate_no' },
    vin: DataTypes.STRING(17),
    startedAt: { type: DataTypes.DATE, field: 'started_at' },
    endedAt: { type: DataTypes.DATE, field: 'ended_at' },
    kwh: DataTypes.DECIMAL(8, 3),
    amount: DataTypes.DECIMAL(10, 2),
  },
  { sequelize, tableName: 'charging_session', timestamps: false },
);

export class Invoice extends Model {
  declare id: number;
  declare userId: number;
}
Invoice.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    title: DataTypes.STRING(100),
    taxNo: { type: DataTypes.STRING(30), field: 'tax_no' },
    email: DataTypes.STRING(100),
    amount: DataTypes.DECIMAL(10, 2),
    pdfKey: { type: DataTypes.STRING(200), field: 'pdf_key' },
  },
  { sequelize, tableName: 'invoice', timestamps: false },
);

export class OccupancySnapshot extends Model {}
OccupancySnapshot.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    stationId: { type: DataTypes.BIGINT, field: 'station_id' },
    plateNo: { type: DataTypes.STRING(12), field: 'plate_no' },
    imageKey: { type: DataTypes.STRING(200), field: 'image_key' },
    capturedAt: { type: DataTypes.DATE, field: 'captured_at' },
  },
  { sequelize, tableName: 'occupancy_snapshot', timestamps: false },
);

export class StaffUser extends Model {
  declare id: number;
  declare username: string;
  declare passwordMd5: string;
  declare role: string;
  declare operatorId: number | null;
}
StaffUser.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    username: { type: DataTypes.STRING(40), unique: true },
    passwordMd5: { type: DataTypes.STRING(32), field: 'password_md5' },
    role: DataTypes.STRING(20),
    operatorId: { type: DataTypes.BIGINT, field: 'operator_id' },
    enabled: DataTypes.BOOLEAN,
  },
  { sequelize, tableName: 'staff_user', timestamps: false },
);
