# Shared steps of ./run and ./test. Sourced, not run.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The Azurite account is public knowledge: it is the emulator's fixed development key.
azurite_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

require_tools() {
  local tool
  for tool in dotnet node npm; do
    command -v "$tool" >/dev/null || { echo "$tool is required; see README.md, Prerequisites" >&2; exit 1; }
  done
}

# Installs the npm packages (Azurite) when the lock file changed or they are missing.
ensure_npm_packages() {
  local stamp="$repo_root/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || "$repo_root/package-lock.json" -nt "$stamp" ]]; then
    say "Installing npm packages (Azurite)"
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# start_azurite LOG_FILE [DATA_DIR]: starts Azurite on free loopback ports, in memory unless DATA_DIR is given,
# waits until all three services listen, and exports AzureWebJobsStorage and AZURITE_PID.
start_azurite() {
  local log="$1" data="${2:-}"
  local storage=(--inMemoryPersistence)
  [[ -n "$data" ]] && storage=(--location "$data")
  : >"$log"
  "$repo_root/node_modules/.bin/azurite" "${storage[@]}" --skipApiVersionCheck --loose --disableProductStyleUrl \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "${AZURITE_BLOB_PORT:-0}" --queuePort "${AZURITE_QUEUE_PORT:-0}" --tablePort "${AZURITE_TABLE_PORT:-0}" \
    >>"$log" 2>&1 &
  AZURITE_PID=$!
  export AZURITE_PID
  local i
  for i in $(seq 1 100); do
    [[ "$(grep -c 'successfully listening' "$log")" == 3 ]] && break
    kill -0 "$AZURITE_PID" 2>/dev/null || { cat "$log" >&2; echo "Azurite did not start" >&2; return 1; }
    sleep 0.2
  done
  [[ "$(grep -c 'successfully listening' "$log")" == 3 ]] || { cat "$log" >&2; echo "Azurite did not start in 20 s" >&2; return 1; }
  local blob queue table
  blob=$(azurite_url "$log" Blob)
  queue=$(azurite_url "$log" Queue)
  table=$(azurite_url "$log" Table)
  AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$azurite_key;"
  AzureWebJobsStorage+="BlobEndpoint=$blob/devstoreaccount1;QueueEndpoint=$queue/devstoreaccount1;"
  AzureWebJobsStorage+="TableEndpoint=$table/devstoreaccount1;"
  export AzureWebJobsStorage
}

azurite_url() {
  grep "Azurite $2 service is successfully listening at" "$1" | sed -E 's/.* at (http[^ ]+).*/\1/' | head -n 1
}

# http_ok URL: true when URL answers 2xx within 5 s (Node is a prerequisite anyway; curl may be missing).
http_ok() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) })
    .then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
}

stop_azurite() {
  [[ -n "${AZURITE_PID:-}" ]] || return 0
  kill "$AZURITE_PID" 2>/dev/null || true
  wait "$AZURITE_PID" 2>/dev/null || true
  unset AZURITE_PID
}
