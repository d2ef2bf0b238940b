import 'reflect-metadata';
import { DataSource } from 'typeorm';
import mysql from 'mysql2/promise';
import { Resume } from './entities/Resume';
import { Application } from './entities/Application';
import { ChatMessage } from './entities/ChatMessage';
import { RecruiterUser } from './entities/RecruiterUser';
import { Candidate } from './entities/Candidate';

export const AppDataSource = new DataSource({
  type: 'mysql',
  host: process.env.DB_HOST,
  port: 3306,
  username: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'caipin',
  entities: [Resume, Application, ChatMessage, RecruiterUser, Candidate],
  synchronize: false,
});

// 运营导出、定时清理等直接写 SQL 的地方用连接池
export const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'caipin',
  connectionLimit: 10,
});

export const resumeRepo = () => AppDataSource.getRepository(Resume);
export const applicationRepo = () => AppDataSource.getRepository(Application);
export const candidateRepo = () => AppDataSource.getRepository(Candidate);
export const recruiterRepo = () => AppDataSource.getRepository(RecruiterUser);
