// The bridge's API door: no token, no answer; a malformed payload gets INVALID_INPUT and writes nothing.
import { expect, test } from './fixtures';

test('an API call without the token gets 401', async ({ request, chartroom }) => {
  const response = await request.post(`${chartroom.origin}/api/app.info`, { data: {} });
  expect(response.status()).toBe(401);
  const body = await response.json();
  expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  const wrong = await request.post(`${chartroom.origin}/api/app.info`, { data: {}, headers: { 'x-chartroom-token': `${chartroom.token}x` } });
  expect(wrong.status()).toBe(401);
});

test('a malformed payload gets INVALID_INPUT, and nothing is written', async ({ request, chartroom }) => {
  const headers = { 'x-chartroom-token': chartroom.token };
  const good = await request.post(`${chartroom.origin}/api/app.info`, { data: {}, headers });
  expect(good.status()).toBe(200);
  expect((await good.json()).ok).toBe(true);

  const before = await chartroom.core.call('settings.get', {});
  const wrongType = await request.post(`${chartroom.origin}/api/settings.update`, { data: { organisationName: 42 }, headers });
  const wrongTypeBody = await wrongType.json();
  expect(wrongTypeBody).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(wrongTypeBody.error.issues[0].path).toBe('organisationName');
  expect(await chartroom.core.call('settings.get', {})).toEqual(before);

  const unknownField = await request.post(`${chartroom.origin}/api/staff.list`, { data: { sort: 'salary' }, headers });
  expect((await unknownField.json()).error.code).toBe('INVALID_INPUT');

  const notJson = await request.post(`${chartroom.origin}/api/app.seedSample`, { data: Buffer.from('{"staff": 10,'), headers: { ...headers, 'content-type': 'application/json' } });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).error.code).toBe('INVALID_INPUT');
  expect((await chartroom.core.call('app.info', {})).isEmpty).toBe(true);
});

test('the page itself is served under the content security policy', async ({ request, chartroom }) => {
  const response = await request.get(`${chartroom.origin}/`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  const html = await response.text();
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
});
