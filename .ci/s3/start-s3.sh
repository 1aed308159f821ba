#!/usr/bin/env bash
# Copied from the workplace tools (shared/tools/start-s3.sh) so CI needs nothing outside this repository.
# Start a real S3-compatible server (OpenStack Swift 2.30 + s3api + tempauth, Debian bookworm packages)
# on 127.0.0.1:${SWIFT_S3_PORT:-8080}. S3 credentials: access key "test:tester", secret "testing",
# region us-east-1, path-style addressing. Everything lives under $SWIFT_ROOT (default $TMPDIR/swift-s3, or /tmp/swift-s3).
# Usage: ../shared/tools/start-s3.sh ; then S3_ENDPOINT=http://127.0.0.1:8080 S3_REGION=us-east-1 S3_ACCESS_KEY_ID=test:tester S3_SECRET_ACCESS_KEY=testing S3_FORCE_PATH_STYLE=true
set -euo pipefail
ROOT=${SWIFT_ROOT:-${TMPDIR:-/tmp}/swift-s3}; PORT=${SWIFT_S3_PORT:-8080}
if ! command -v swift-proxy-server >/dev/null || ! command -v memcached >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    swift swift-proxy swift-account swift-container swift-object memcached >/dev/null
fi
mkdir -p "$ROOT"/{etc,node/d1,run,log}
cd "$ROOT/etc"
cat > swift.conf <<EOF
[swift-hash]
swift_hash_path_suffix = ci-suffix
swift_hash_path_prefix = ci-prefix
[storage-policy:0]
name = Policy-0
default = yes
EOF
for t in account:6202 container:6201 object:6200; do
  n=${t%%:*}; p=${t##*:}
  if [ ! -f "$n.ring.gz" ]; then
    swift-ring-builder "$n.builder" create 8 1 1 >/dev/null
    swift-ring-builder "$n.builder" add "r1z1-127.0.0.1:$p/d1" 1 >/dev/null
    swift-ring-builder "$n.builder" rebalance >/dev/null || true
  fi
  cat > "$n-server.conf" <<EOF
[DEFAULT]
devices = $ROOT/node
mount_check = false
bind_ip = 127.0.0.1
bind_port = $p
workers = 0
user = root
swift_dir = $ROOT/etc
[pipeline:main]
pipeline = $n-server
[app:$n-server]
use = egg:swift#$n
EOF
done
cat > proxy-server.conf <<EOF
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = $PORT
workers = 0
user = root
swift_dir = $ROOT/etc
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats s3api tempauth copy slo dlo proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:s3api]
use = egg:swift#s3api
location = us-east-1
[filter:tempauth]
use = egg:swift#tempauth
user_admin_admin = admin .admin .reseller_admin
user_test_tester = testing .admin
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:11211
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
EOF
start() { local name=$1; shift; "$@" >"$ROOT/log/$name.log" 2>&1 & echo $! >"$ROOT/run/$name.pid"; }
start memcached memcached -u memcache -l 127.0.0.1 -p 11211 -m 64
for n in account container object; do start "$n" "/usr/bin/swift-$n-server" "$ROOT/etc/$n-server.conf" -v; done
start proxy /usr/bin/swift-proxy-server "$ROOT/etc/proxy-server.conf" -v
for i in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/healthcheck" >/dev/null && { echo "swift s3api up on 127.0.0.1:$PORT"; exit 0; }
  sleep 0.5
done
echo "swift did not come up; see $ROOT/log" >&2; exit 1
# Stop it with: tools/stop-s3.sh (same SWIFT_ROOT).
