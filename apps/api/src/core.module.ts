import { Global, Module } from '@nestjs/common';
import { UnitOfWork } from '@alliance/core';

/** Framework-level providers every domain module may inject. */
@Global()
@Module({ providers: [UnitOfWork], exports: [UnitOfWork] })
export class CoreModule {}
