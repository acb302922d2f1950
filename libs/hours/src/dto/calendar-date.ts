import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Length } from 'class-validator';

const MESSAGE = 'must be a date, YYYY-MM-DD';

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export const IsCalendarDate = () =>
  applyDecorators(IsISO8601({ strict: true }, { message: MESSAGE }), Length(10, 10, { message: MESSAGE }));
