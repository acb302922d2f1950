import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, CurrentActor } from '@alliance/core';
import { ExportHoursQuery } from './dto/export-hours.query';
import { HoursExport, HoursExportService } from './hours-export.service';

/**
 * Board-ready exports of the hours log, bearer-token authenticated by the global guard.
 * `?programId=&traineeId=&from=&to=` (dates `YYYY-MM-DD`, inclusive). The log's hash is
 * also sent as the `X-Log-Hash` header.
 */
@Controller('exports')
export class HoursExportController {
  constructor(private readonly exports: HoursExportService) {}

  @Get('hours.csv')
  async csv(@CurrentActor() actor: Actor, @Query() query: ExportHoursQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return send(res, await this.exports.csv(actor, query));
  }

  @Get('hours.pdf')
  async pdf(@CurrentActor() actor: Actor, @Query() query: ExportHoursQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return send(res, await this.exports.pdf(actor, query));
  }
}

function send(res: Response, file: HoursExport): StreamableFile {
  res.setHeader('X-Log-Hash', file.logHash);
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(Buffer.isBuffer(file.body) ? file.body : Buffer.from(file.body, 'utf8'), {
    type: file.contentType,
    disposition: `attachment; filename="${file.filename}"`,
  });
}
