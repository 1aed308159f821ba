import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

export class LivenessDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status!: 'ok';
}

export class DependencyStatusDto {
  @ApiProperty({ example: 'up', enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiProperty({ required: false, example: 'timeout of 1500ms exceeded' })
  message?: string;
}

export class ReadinessDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({
    description: 'One entry per dependency checked.',
    type: 'object',
    // The model is registered with @ApiExtraModels where this DTO is answered.
    additionalProperties: { $ref: getSchemaPath(DependencyStatusDto) },
    example: { database: { status: 'up' } },
  })
  checks!: Record<string, DependencyStatusDto>;
}
