import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@alliance/core';
import { ClientCase } from './client-case.entity';

@ObjectType()
export class ClientCaseConnection extends ConnectionType(ClientCase) {}
