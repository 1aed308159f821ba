import { ApiProblemResponses } from '../swagger/api-problem-responses.decorator';

/** The errors every paged list can answer: a cursor from elsewhere (400) and bad query values (422). */
export function ApiListProblemResponses(): MethodDecorator & ClassDecorator {
  return ApiProblemResponses(
    {
      status: 400,
      codes: ['INVALID_CURSOR'],
      description:
        'The cursor is not a next_cursor of this list with these filters, sort and order.',
    },
    422,
  );
}
