#!/usr/bin/env bash
# Runs check.mjs (the official AWS SDK for JavaScript v3) against the standalone emulator in strict mode.
# Usage: tests/js-sdk-check/run.sh [port]   (default 4599)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${1:-4599}"
job_seconds=1

dotnet build "$root/src/RoboMakerDeploy.Emulator.Tool" -c Release --nologo -v q >/dev/null
dotnet run --project "$root/src/RoboMakerDeploy.Emulator.Tool" -c Release --no-build -- \
  --port "$port" --strict --job-seconds "$job_seconds" > "$here/emulator.log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/_emulator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$emulator" 2>/dev/null; then cat "$here/emulator.log"; exit 1; fi
  sleep 0.2
done

cd "$here"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi
EMULATOR_URL="http://127.0.0.1:$port/" EMULATOR_JOB_SECONDS="$job_seconds" node check.mjs
