-- A history database as schema version 1 wrote it: started_at as ISO 8601
-- text, headers as "Name: value" lines (credential values already masked
-- by the engine), only the response body, no level or size columns.
-- Statements are separated by a semicolon at the end of a line.
CREATE TABLE schema_version(version INTEGER NOT NULL);
INSERT INTO schema_version(version) VALUES(1);
CREATE TABLE exchanges(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    status INTEGER NOT NULL,
    duration_ms INTEGER,
    request_headers TEXT,
    response_headers TEXT,
    response_body BLOB);
INSERT INTO exchanges(started_at, method, url, status, duration_ms, request_headers, response_headers, response_body) VALUES(
    '2026-03-02T08:15:04.120Z', 'GET', 'https://sandbox.apis.op.fi/accounts/v3/accounts', 200, 143,
    'x-api-key: ••••
x-authorization: Bearer ••••0984
accept: application/json',
    'content-type: application/json
x-ratelimit-remaining: 997',
    '[{"accountId":"lPVzMjWEjt5R0bY0G7Wd2xw5tdRLo8bZ0bSC1a2U7gE","iban":"FI2350009421535899","currency":"EUR"}]');
INSERT INTO exchanges(started_at, method, url, status, duration_ms, request_headers, response_headers, response_body) VALUES(
    '2026-03-02T08:16:40.007Z', 'POST', 'https://sandbox.apis.op.fi/paymentbutton/v1/payments', 400, 88,
    'x-api-key: ••••
content-type: application/json',
    'content-type: application/json',
    '{"errors":[{"id":"c0e1f2","level":"ERROR","type":"VALIDATION","message":"Invalid amount","code":"400"},{"id":"c0e1f3","level":"WARN","type":"BUSINESS","message":"Creditor name shortened","code":"W12"}]}');
INSERT INTO exchanges(started_at, method, url, status, duration_ms, request_headers, response_headers, response_body) VALUES(
    '2026-03-03T12:00:00.000Z', 'GET', 'https://sandbox.apis.op.fi/v1/payments/92b3', 503, 12,
    'x-api-key: ••••',
    'content-type: application/json
retry-after: 60',
    '{"errors":[{"id":"m1","level":"FATAL","type":"TECHNICAL","message":"Service under maintenance","code":"503"}]}');
INSERT INTO exchanges(started_at, method, url, status, duration_ms, request_headers, response_headers, response_body) VALUES(
    '2026-03-04T06:30:10.500Z', 'GET', 'https://sandbox.apis.op.fi/branches/v1/branches?city=Helsinki', 0, NULL,
    '',
    '',
    NULL);
