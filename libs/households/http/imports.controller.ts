import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Cmd, CommandRoute, problem, ProblemException, QueryRoute, type CommandContext } from '@kn/platform';
import { Roles, Scoped } from '@kn/identity';
import type { Role } from '@kn/shared';
import { ImportProgressQuery, type ImportProgressView } from '../read/import-progress/import-progress.query.js';
import { MAX_FILE_BYTES } from '../write/import-spreadsheet/import-columns.js';
import {
  ImportSpreadsheetCommand,
  type DryRunAnswer,
  type StartedAnswer,
  type UploadedSpreadsheet,
} from '../write/import-spreadsheet/import-spreadsheet.handler.js';
import { importTemplate } from '../write/import-spreadsheet/import-template.js';
import { ImportIdParams, ImportKindParams, ImportQuery, ImportUploadParams } from './imports.dto.js';
import { IMPORT_ANSWER, IMPORT_PROGRESS } from './imports.openapi.js';

const OFFICERS: Role[] = ['admin', 'supervisor', 'commune_officer'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('api/imports')
@ApiTags('Imports')
@Roles(...OFFICERS)
export class ImportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** The workbook a commune fills in (a constant of the domain, outside the buses like the reference lists). */
  @Get('templates/:kind')
  @QueryRoute(
    'The spreadsheet template of a household list or a review',
    { type: 'string', format: 'binary' },
    {
      mediaType: XLSX,
    },
  )
  async template(@Param() p: ImportKindParams): Promise<StreamableFile> {
    return new StreamableFile(await importTemplate(p.kind), {
      type: XLSX,
      disposition: `attachment; filename="mau-nhap-${p.kind === 'households' ? 'danh-sach-ho' : 'ket-qua-ra-soat'}.xlsx"`,
    });
  }

  @Post(':kindOrId')
  @HttpCode(200)
  @Scoped('import-commune')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10, parts: 12 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'The .xlsx file (at most 5 MB).' } },
    },
  })
  @CommandRoute('Check (dry run) or import a spreadsheet of households or review results', {
    response: IMPORT_ANSWER,
    problems: [404, 409],
    description:
      "`dryRun=true` (default) answers every row's errors by row and column; `dryRun=false` answers 202 and imports the valid rows, one command per row with an idempotency key from the file and the row.",
  })
  async upload(
    @Param() p: ImportUploadParams,
    @Query() q: ImportQuery,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Cmd('ImportSpreadsheet') ctx: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DryRunAnswer | StartedAnswer> {
    if (!file?.buffer?.length)
      throw new ProblemException(
        problem(400, 'import.file_required', 'Send the .xlsx file as the multipart field "file". Chưa chọn tệp.'),
      );
    const dryRun = q.dryRun !== false;
    const answer = await this.commands.execute(
      new ImportSpreadsheetCommand(p.kindOrId, q.communeId, file, dryRun, ctx),
    );
    if (!dryRun) res.status(202);
    return answer;
  }

  @Get(':kindOrId')
  @QueryRoute("An import's progress and the rows refused", IMPORT_PROGRESS, { problems: [404] })
  progress(@Param() p: ImportIdParams): Promise<ImportProgressView> {
    return this.queries.execute(new ImportProgressQuery(p.kindOrId));
  }
}
