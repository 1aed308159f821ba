import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email', description: 'The offending field, dotted for nested ones.' })
  field!: string;

  @ApiProperty({ example: 'email must be an email' })
  message!: string;
}

/** RFC 9457 problem details: the shape of every error response. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:reviewpoint:problem:validation-failed' })
  type!: string;

  @ApiProperty({ example: 'Unprocessable Entity', description: 'The HTTP status phrase.' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 422, description: 'The HTTP status code.' })
  status!: number;

  @ApiProperty({ example: 'The request has invalid or unknown fields.' })
  detail!: string;

  @ApiProperty({
    example: 'VALIDATION_FAILED',
    description:
      'Stable machine-readable identifier; branch on this, not on `detail`. Each error response lists the codes its route can answer with.',
  })
  code!: string;

  @ApiProperty({
    example: '6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60',
    description: 'Also in the `X-Request-Id` header and in the server logs.',
  })
  request_id!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Present on validation failures.' })
  errors?: FieldErrorDto[];
}
