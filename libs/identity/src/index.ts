export * from './identity.module';
export * from './identity.service';
export * from './token.service';
export * from './user.entity';
export * from './user-directory';
