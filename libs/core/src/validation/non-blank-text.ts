import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';

/**
 * A required free-text input: a string of 1 to `max` characters that is not only white
 * space. Field-level messages read "must be 1 to 200 characters" / "must not be blank".
 *
 * @example
 *   @Field() @NonBlankText(200) title: string;
 */
export function NonBlankText(max: number): PropertyDecorator {
  return applyDecorators(IsString(), Length(1, max, { message: `must be 1 to ${max} characters` }), Matches(/\S/, { message: 'must not be blank' })) as PropertyDecorator;
}
