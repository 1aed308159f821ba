import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

export class LivenessDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status!: 'ok';
}

export class DependencyStatusDto {
  @ApiProperty({
    example: 'up',
    enum: ['up', 'down', 'degraded'],
    description:
      '`down` makes the instance not ready (503); `degraded` (Redis only) keeps it ready: only the routes that need the dependency fail.',
  })
  status!: 'up' | 'down' | 'degraded';

  @ApiProperty({
    required: false,
    example: 'marker missing',
    description:
      'Why the dependency is not up, e.g. `timeout of 1500ms exceeded`, `not usable`, `marker missing`, `marker mismatch`, `low free space: … bytes free`.',
  })
  message?: string;
}

export class ReadinessDto {
  @ApiProperty({
    example: 'ok',
    enum: ['ok', 'degraded'],
    description:
      '`ok`: everything answers. `degraded`: the instance serves requests, but an optional dependency (Redis) is down, so the sign-in rate-limited routes answer 503 RATE_LIMITER_UNAVAILABLE until it is back.',
  })
  status!: 'ok' | 'degraded';

  @ApiProperty({
    description: 'One entry per dependency checked: database, storage and, when configured, redis.',
    type: 'object',
    // The model is registered with @ApiExtraModels where this DTO is answered.
    additionalProperties: { $ref: getSchemaPath(DependencyStatusDto) },
    example: { database: { status: 'up' }, storage: { status: 'up' } },
  })
  checks!: Record<string, DependencyStatusDto>;
}
