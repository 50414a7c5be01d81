/**
 * Small helpers to name the shapes of the generated API types (openapi.gen.ts, `npm run gen:api`):
 * `ResponseOf<'/api/quotes/{id}', 'get'>` is the JSON answer of GET /api/quotes/:id,
 * `BodyOf<'/api/quotes', 'post'>` the JSON body POST /api/quotes takes. The web app's types are
 * aliases of these, so a change of an API schema breaks the web build where it matters.
 * The calls themselves go through api.ts (CSRF token and its one retry, Accept-Language, problem
 * documents as ApiError); each hook names its answer with ResponseOf and its body with BodyOf.
 */
import type { paths } from './openapi.gen.ts';

export type ApiPath = keyof paths;
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends ApiPath, M extends ApiMethod> = NonNullable<paths[P][M]>;
type JsonContent<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Success = 200 | 201 | 202;

/** The JSON answer of a successful call (its 200, 201 or 202 response). */
export type ResponseOf<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends { responses: infer R } ? JsonContent<R[Extract<keyof R, Success>]> : never;

/** The JSON body a call takes. */
export type BodyOf<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never;

/** The query parameters a call accepts. */
export type QueryOf<P extends ApiPath, M extends ApiMethod> = NonNullable<Operation<P, M>['parameters']['query']>;

/** The element type of an array, or of the `items` of a list answer. */
export type ItemOf<T> = T extends { items: ReadonlyArray<infer I> } ? I : T extends ReadonlyArray<infer I> ? I : never;

/** True when A and B have the same members (e.g. a runtime list of statuses and the API's enum). */
export type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only when given `true`: `type _Check = Assert<SameMembers<Role, ApiRole>>`. */
export type Assert<T extends true> = T;
