#!/usr/bin/env bash
# Requests/s of an authorised Accounts v3 GET over one keep-alive HTTPS
# connection, opsandbox against nginx serving the same bytes as a static file
# with the same certificate, in the same run.
#
# usage: run.sh [RESULTS_FILE] (env: OPSANDBOX=path to opsandbox, REQUESTS=N)
# Appends {"name","value","unit","baseline":{"name","value"},"ratio"} lines to
# RESULTS_FILE, or prints them when none is given.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OPSANDBOX=${OPSANDBOX:-$HERE/../../../build-release/bin/opsandbox}
REQUESTS=${REQUESTS:-2000}
OUT=${1:-}
TMP=$(mktemp -d)
SANDBOX_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

"$OPSANDBOX" --data-dir "$TMP/data" --daily-limit 100000000 >"$TMP/ready" 2>"$TMP/sandbox.log" &
SANDBOX_PID=$!
for _ in $(seq 100); do [ -s "$TMP/ready" ] && break; sleep 0.1; done
READY=$(head -n1 "$TMP/ready")
HTTPS=$(sed -n 's/.*"https":\([0-9]*\).*/\1/p' <<<"$READY")
ADMIN=$(sed -n 's/.*"admin":\([0-9]*\).*/\1/p' <<<"$READY")
CA="$TMP/data/ca.pem"
KEY=$(curl -s "http://127.0.0.1:$ADMIN/apps" | sed -n 's/.*"apiKey":"\([^"]*\)".*"demo":true.*/\1/p')
[ -n "$KEY" ] || KEY=$(curl -s "http://127.0.0.1:$ADMIN/apps" | grep -o '"apiKey":"[^"]*"' | head -n1 | cut -d'"' -f4)
TOKEN=6c18c234b1b18b1d97c7043e2e41135c293d0da9
URL="https://127.0.0.1:$HTTPS/accounts/v3/accounts"
mkdir -p "$TMP/www/accounts/v3"
curl -s --cacert "$CA" -H "x-api-key: $KEY" -H "Authorization: Bearer $TOKEN" "$URL" >"$TMP/www/accounts/v3/accounts"

# nginx on a free loopback port with the simulator's own server certificate.
PORT=""
for _ in $(seq 50); do
  p=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
done
mkdir -p "$TMP/nginx/logs"
cat >"$TMP/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $TMP/nginx/body; proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fcgi; uwsgi_temp_path $TMP/nginx/uwsgi; scgi_temp_path $TMP/nginx/scgi;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$PORT ssl;
    ssl_certificate $TMP/data/server.pem;
    ssl_certificate_key $TMP/data/server-key.pem;
    ssl_protocols TLSv1.2 TLSv1.3;
    root $TMP/www;
    default_type application/hal+json;
  }
}
CONF
nginx -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -g 'daemon off;' 2>"$TMP/nginx/stderr" &
NGINX_PID=$!
for _ in $(seq 50); do curl -s -o /dev/null --cacert "$CA" "https://127.0.0.1:$PORT/accounts/v3/accounts" && break; sleep 0.1; done

# One curl process, many URLs: curl reuses the connection (keep-alive).
measure() { # url -> requests/s
  local url=$1 cfg="$TMP/urls.cfg"
  : >"$cfg"
  for _ in $(seq "$REQUESTS"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url" >>"$cfg"; done
  local t0 t1
  t0=$(date +%s.%N)
  curl -s --cacert "$CA" -H "x-api-key: $KEY" -H "Authorization: Bearer $TOKEN" -K "$cfg"
  t1=$(date +%s.%N)
  awk -v n="$REQUESTS" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", n / (b - a) }'
}
measure "$URL" >/dev/null # warm-up
SIM=$(measure "$URL")
NGX=$(measure "https://127.0.0.1:$PORT/accounts/v3/accounts")
RATIO=$(awk -v a="$SIM" -v b="$NGX" 'BEGIN { printf "%.3f", a / b }')

printf '%-40s %12s\n' "case" "requests/s"
printf '%-40s %12s\n' "opsandbox Accounts v3 GET (keep-alive)" "$SIM"
printf '%-40s %12s\n' "nginx static same bytes (keep-alive)" "$NGX"
printf '%-40s %12s   (goal >= 0.3)\n' "ratio" "$RATIO"
JSON=$(printf '{"name":"sandbox_accounts_v3_get_rps","value":%s,"unit":"requests/s","baseline":{"name":"nginx_static_same_bytes_rps","value":%s},"ratio":%s}' "$SIM" "$NGX" "$RATIO")
if [ -n "$OUT" ]; then echo "$JSON" >>"$OUT"; else echo "$JSON"; fi
