import { DataSource } from 'typeorm';
import { Client } from '../entities/Client';
import { Assessment } from '../entities/Assessment';
import { SessionNote } from '../entities/SessionNote';
import { Appointment } from '../entities/Appointment';
import { Staff } from '../entities/Staff';

// RDS MySQL 8.0（阿里云上海），库 xinyu
export const AppDataSource = new DataSource({
  type: 'mysql',
  url: process.env.DATABASE_URL,
  entities: [Client, Assessment, SessionNote, Appointment, Staff],
  synchronize: false,
  logging: ['error'],
});
