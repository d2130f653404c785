# Accounts v3, as the developer portal shows it
curl -X GET \
  'https://sandbox.apis.op.fi/accounts/v3/accounts' \
  -H 'x-api-key: a161-43ee-b222' \
  -H 'x-authorization: b6910384440ce06f495976f96a162e2ab1bafbb4' \
  -H "Accept: application/json"

# Payment button: create a payment
curl --request POST --url "https://sandbox.apis.op.fi/paymentbutton/v1/payments" \
     --header "Content-Type: application/json" \
     --header "x-api-key: $OP_API_KEY" \
     --data-raw '{"amount":"12.50","currency":"EUR","message":"It'"'"'s paid"}'

# Branches with query parameters built by curl
$ curl -sS -G https://sandbox.apis.op.fi/mobility/v1/branches -d lat=60.17 --data-urlencode "name=Helsinki keskusta" -H 'x-api-key: a161-43ee-b222'

# Token request with client credentials and a client certificate
curl -X POST https://psd2.mtls.sandbox.apis.op.fi/oauth/token --cert client.crt --key client.key -u 'my-client-id:my-client-secret' -d 'grant_type=client_credentials&scope=accounts'
