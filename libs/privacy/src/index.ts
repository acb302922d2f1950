export * from './phi-guard.service';
export * from './phi.models';
export * from './privacy.module';
export * from './phi-options.field';
export * from './redactions.field';
