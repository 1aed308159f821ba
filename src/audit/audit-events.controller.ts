import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiListProblemResponses } from '../common/pagination/list-problem-responses';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { once } from 'node:events';
import { Auth } from '../common/auth/auth.decorator';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { AUDIT_ACTIONS } from './audit-actions';
import { toAuditEventResponse } from './audit-event.mapper';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditLogService } from './audit-log.service';
import { AuditEventsPageDto } from './dto/audit-event-response.dto';
import { AuditEventFiltersDto, ListAuditEventsQueryDto } from './dto/list-audit-events-query.dto';

const ACTION_TABLE = Object.entries(AUDIT_ACTIONS)
  .map(([action, meaning]) => `- \`${action}\`: ${meaning}`)
  .join('\n');

@ApiTags('audit (admin)')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @Auth({ admin: true, scope: 'audit:read' })
  @ApiOperation({
    summary: 'List audit events',
    description: `Newest first, filtered, a page at a time: pass \`next_cursor\` as \`cursor\` for the next page. Actions:\n\n${ACTION_TABLE}`,
  })
  @ApiOkResponse({ type: AuditEventsPageDto })
  @ApiListProblemResponses()
  async listAuditEvents(@Query() query: ListAuditEventsQueryDto): Promise<AuditEventsPageDto> {
    const page = await this.auditLog.list(query, query.limit, query.cursor);
    return { items: page.items.map(toAuditEventResponse), next_cursor: page.next_cursor };
  }

  @Get('export')
  @Auth({ admin: true, scope: 'audit:read' })
  @ApiOperation({
    summary: 'Export audit events as NDJSON',
    description:
      'Every event matching the filters, newest first, one JSON object per line (`application/x-ndjson`), streamed: memory stays flat for any number of events.',
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({
    description: 'One event (as in the list) per line.',
    schema: { type: 'string' },
  })
  @ApiProblemResponses(422)
  async exportAuditEvents(
    @Query() filters: AuditEventFiltersDto,
    @Res() response: Response,
  ): Promise<void> {
    response.status(200);
    response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="audit-events.ndjson"');
    response.setHeader('Cache-Control', 'no-store');
    const clientGone = new AbortController();
    response.once('close', () => clientGone.abort());
    let after: AuditEventEntity | undefined;
    try {
      while (!clientGone.signal.aborted) {
        const batch = await this.auditLog.exportBatch(filters, after);
        if (batch.length === 0) break;
        const text = batch
          .map((event) => `${JSON.stringify(toAuditEventResponse(event))}\n`)
          .join('');
        // Wait for the client to take each batch: a slow reader never makes the export buffer.
        if (!response.write(text)) await once(response, 'drain', { signal: clientGone.signal });
        after = batch[batch.length - 1];
      }
    } catch (error) {
      if (!clientGone.signal.aborted) throw error;
    }
    if (!clientGone.signal.aborted) response.end();
  }
}
