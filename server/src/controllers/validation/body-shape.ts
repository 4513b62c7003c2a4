import { errors } from '@strapi/utils';

const MAX_DEPTH = 32;

/**
 * The plugin's routes take JSON objects that nest a few levels at most (an import's section tree is the
 * deepest). Anything else is refused before validation: yup would parse a text body as JSON, and its
 * error details would echo a deep value back and overflow the stack when the response is serialised.
 * The depth walk is iterative, so the check itself cannot overflow.
 */
export const assertJsonObjectBody = (body: unknown, maxDepth = MAX_DEPTH) => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new errors.ValidationError('the request body must be a JSON object (send it as application/json)');
  }
  const pending: [unknown, number][] = [[body, 0]];
  while (pending.length) {
    const [value, depth] = pending.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth >= maxDepth) throw new errors.ValidationError(`the request body nests deeper than ${maxDepth} levels`);
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
};
