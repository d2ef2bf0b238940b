import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: ['https://www.yujian.example', 'https://ops.yujian.example'] });
  await app.listen(8080);
}
bootstrap();
