#!/usr/bin/env bash
# Validates every compose file in docker/ without a Docker engine: `docker compose config`
# (Compose v2 plugin) or else `docker-compose config` (Debian's docker-compose 1.29). Each file
# must render with the required variables set, and a file that requires variables (`${VAR:?…}`)
# must REFUSE to render without them (so no password can default silently). Exits non-zero on the first problem.
set -euo pipefail
cd "$(dirname "$0")"

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "validate.sh: neither 'docker compose' nor 'docker-compose' is installed (apt-get install -y docker-compose)" >&2
  exit 2
fi
echo "using: $("${compose[@]}" version 2>/dev/null | head -n1)"

status=0
for file in compose.*.yml; do
  if ! POSTGRES_PASSWORD=validate-only ADMIN_PASSWORD=validate-only-pw \
      "${compose[@]}" -f "$file" config -q; then
    echo "INVALID: $file" >&2
    status=1
    continue
  fi
  if grep -q ':?' "$file" && env -u POSTGRES_PASSWORD -u ADMIN_PASSWORD "${compose[@]}" -f "$file" config -q >/dev/null 2>&1; then
    echo "INVALID: $file renders without POSTGRES_PASSWORD/ADMIN_PASSWORD (use \${VAR:?…})" >&2
    status=1
    continue
  fi
  echo "ok: $file"
done

# The Dockerfile: the stages and the runtime contract the compose files rely on.
for pattern in '^FROM .* AS build$' '^FROM .* AS runtime$' 'npm ci --omit=dev' '^USER node$' 'HOST=0.0.0.0' '^HEALTHCHECK ' '/health'; do
  if ! grep -Eq -- "$pattern" Dockerfile; then
    echo "INVALID: Dockerfile lacks /$pattern/" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "ok: Dockerfile"
exit "$status"
