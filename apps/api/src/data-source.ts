/**
 * The DataSource the TypeORM CLI uses (`npm run migration:run | migration:revert |
 * migration:generate`): the same configuration as the server, from the environment.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '@alliance/core';
import { ENTITIES } from './entities';

export default new DataSource(buildDataSourceOptions(loadConfig().database, ENTITIES));
