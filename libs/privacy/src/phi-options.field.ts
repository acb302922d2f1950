import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PhiOptionsInput } from './phi.models';

/**
 * The optional `phi` argument of every input that carries free text: how the
 * de-identification guard treats the write (REJECT by default, REDACT, acknowledgements).
 */
export function PhiOptionsField(): PropertyDecorator {
  return applyDecorators(
    Field(() => PhiOptionsInput, { nullable: true, description: 'De-identification: REJECT (default), REDACT, or acknowledge false alarms.' }),
    IsOptional(),
    ValidateNested(),
    Type(() => PhiOptionsInput),
  ) as PropertyDecorator;
}
