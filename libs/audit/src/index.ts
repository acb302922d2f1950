export * from './audit-event.entity';
export * from './audit.module';
export * from './audit.service';
export { default as GraphQLJSON } from './json.scalar';
