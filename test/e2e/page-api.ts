/** Calls to the API from a browser page's own request context (its cookies), for e2e set-up and checks. */
import { expect } from 'vitest';
import type { APIRequestContext } from 'playwright-core';

/** Signs in through the API in the page's context; returns the CSRF header for writes. */
export async function apiLogin(request: APIRequestContext, baseUrl: string, email: string, password: string) {
  const response = await request.post(`${baseUrl}/api/auth/login`, { data: { email, password } });
  expect(response.status()).toBe(200);
  return { 'x-csrf-token': (await response.json()).csrfToken as string };
}

/** GET as JSON, expecting 200. */
export async function json<T = any>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}
