curl -X POST 'https://sandbox.apis.op.fi/v1/payments/initiate' \
  -H 'x-api-key: KEY' -H "x-authorization: 6c18c234b1b18b1d97c7043e2e41135c293d0da9" \
  --data-raw '{"amount":"1.00"}'
