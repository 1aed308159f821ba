#!/usr/bin/env bash
# Copied from the workplace tools (shared/tools/stop-s3.sh).
# Stops the S3-compatible server started by start-s3.sh (same SWIFT_ROOT).
ROOT=${SWIFT_ROOT:-${TMPDIR:-/tmp}/swift-s3}
for f in "$ROOT"/run/*.pid; do
  [ -f "$f" ] || continue
  kill "$(cat "$f")" 2>/dev/null || true
  rm -f "$f"
done
