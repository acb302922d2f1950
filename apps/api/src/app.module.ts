import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@alliance/access';
import { AuditModule } from '@alliance/audit';
import { APP_CONFIG, AppConfig, AppConfigModule, AuthGuard, buildDataSourceOptions, createValidationPipe, PubSubModule } from '@alliance/core';
import { DiscussionModule } from '@alliance/discussion';
import { HoursModule } from '@alliance/hours';
import { IdentityModule, TokenService } from '@alliance/identity';
import { PrivacyModule } from '@alliance/privacy';
import { ProgramsModule } from '@alliance/programs';
import { SupervisionModule } from '@alliance/supervision';
import { SupervisionSessionsModule } from '@alliance/supervision/sessions';
import { CoreModule } from './core.module';
import { ENTITIES } from './entities';
import { buildGraphqlOptions } from './graphql.options';
import { HealthModule } from './health/health.module';
import { HttpErrorFilter } from './http-exception.filter';
import { RequestContextMiddleware } from './request-context.middleware';
import { DemoSeeder } from './seed/demo-seeder';

/** Wires the domain modules. Everything configurable comes from the validated {@link AppConfig}. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...buildDataSourceOptions(config.database, ENTITIES), migrationsRun: true }),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [APP_CONFIG, TokenService],
          useFactory: buildGraphqlOptions,
        }),
        CoreModule,
        PubSubModule,
        AuditModule,
        AccessModule,
        IdentityModule,
        ProgramsModule,
        HoursModule,
        DiscussionModule,
        SupervisionModule,
        SupervisionSessionsModule,
        PrivacyModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        DemoSeeder,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}
