import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from './calendar-date';

/** Query string of `GET /exports/hours.csv` and `GET /exports/hours.pdf`. */
export class ExportHoursQuery {
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  traineeId?: string;

  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
