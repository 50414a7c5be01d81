import { getLang, translate } from './i18n/i18n.ts';

/** One bad field of a request, as named by the server (`facts.issueDate`, `email`…). */
export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem document returned by the API on every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: FieldError[];
}

/** An API call that failed: carries the server's problem document (or a synthetic one). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /**
   * Field errors keyed by path, first message per field. With `prefix` ("facts."), only the
   * paths under it are kept, without the prefix.
   */
  fieldErrors(prefix = ''): Record<string, string> {
    const byPath: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      if (!error.path.startsWith(prefix)) continue;
      const path = error.path.slice(prefix.length);
      byPath[path] ??= error.message;
    }
    return byPath;
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token given by login or /api/me; sent on every mutating request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Calls the API with JSON in and out; throws ApiError with the problem document on failure. */
export async function apiRequest<T>(method: string, path: string, body?: unknown, csrfRetried = false): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': getLang(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (MUTATING.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: translate(getLang(), 'common.networkError'),
      status: 0,
      code: 'network',
    });
  }

  const payload = await readBody(response);
  if (response.ok) return payload as T;
  if (isProblem(payload)) {
    // A stale CSRF token (server restarted, session renewed elsewhere): take a fresh one once.
    if (payload.code === 'auth.csrf' && MUTATING.has(method) && !csrfRetried) {
      const session = await apiRequest<{ csrfToken: string }>('GET', '/api/me');
      setCsrfToken(session.csrfToken);
      return apiRequest<T>(method, path, body, true);
    }
    throw new ApiError({ ...payload, code: payload.code ?? 'unknown', status: payload.status || response.status });
  }
  throw new ApiError({
    type: 'about:blank',
    title: translate(getLang(), 'common.unexpectedError', { status: response.status }),
    status: response.status,
    code: 'unknown',
  });
}

/** Shorthands for the HTTP verbs used by the pages. */
export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};

/**
 * POSTs JSON and returns the document the server answers with (a PDF generated on demand, e.g. a
 * letter): the same headers as apiRequest; a problem document is thrown as ApiError.
 */
export async function apiPostForBlob(path: string, body: unknown): Promise<Blob> {
  const response = await fetch(path, {
    method: 'POST',
    headers: {
      Accept: 'application/pdf, application/problem+json',
      'Accept-Language': getLang(),
      'Content-Type': 'application/json',
      ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
    },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (response.ok) return response.blob();
  const payload = await readBody(response);
  if (isProblem(payload))
    throw new ApiError({ ...payload, code: payload.code ?? 'unknown', status: payload.status || response.status });
  throw new ApiError({
    type: 'about:blank',
    title: translate(getLang(), 'common.unexpectedError', { status: response.status }),
    status: response.status,
    code: 'unknown',
  });
}
