# smtp4dev, the local SMTP server whose inbox tests and developers can read. Sourced after common.sh, not run.
# The tool's version is pinned in .config/dotnet-tools.json; `dotnet tool restore` fetches it.

# start_smtp4dev LOG_FILE [SMTP_PORT] [WEB_PORT]: starts smtp4dev on 127.0.0.1 with an in-memory database, no relay
# and no IMAP/POP3, on the given ports or on free ones, waits until SMTP and the web API answer, and exports
# SMTP_HOST, SMTP_PORT, SMTP4DEV_URL and SMTP4DEV_PID.
start_smtp4dev() {
  local log="$1" smtp_port="${2:-0}" web_port="${3:-0}" root="${repo_root:?source tools/dev/common.sh first}"
  : >"$log"
  (cd "$root" && dotnet tool restore >>"$log" 2>&1) ||
    { cat "$log" >&2; echo "dotnet tool restore failed; smtp4dev is not available" >&2; return 1; }
  smtp4dev_data="$(mktemp -d)"
  # Port 0 lets the OS pick a free port at bind time, so parallel runs never race for one; the log names it.
  # Job control gives `dotnet tool run` and the server it starts a process group of their own to stop as one.
  local flags="$-"
  set -m
  (cd "$root" && exec dotnet tool run smtp4dev -- --baseappdatapath="$smtp4dev_data" --nousersettings \
    --db= --messagestokeep=100000 --sessionstokeep=1000 --relaysmtpserver= --imapport= --pop3port= \
    --allowremoteconnections- --bindaddress=127.0.0.1 --disableipv6 --hostname=localhost --tlsmode=None \
    --smtpport="$smtp_port" --urls="http://127.0.0.1:$web_port") >>"$log" 2>&1 &
  SMTP4DEV_PID=$!
  [[ "$flags" == *m* ]] || set +m
  export SMTP4DEV_PID
  wait_for_smtp4dev "$log" || { stop_smtp4dev; return 1; }
}

# Waits up to 30 s for both listeners to be logged and to answer, then exports their addresses.
wait_for_smtp4dev() {
  local log="$1" smtp_port web_url
  for _ in $(seq 1 150); do
    smtp_port=$(sed -nE 's/.*SMTP Server is listening on port ([0-9]+).*/\1/p' "$log" | tail -n 1)
    web_url=$(sed -nE 's|.*Now listening on: (http://127\.0\.0\.1:[0-9]+).*|\1|p' "$log" | tail -n 1)
    if [[ -n "$smtp_port" && -n "$web_url" ]] && smtp_answers 127.0.0.1 "$smtp_port" && http_ok "$web_url/api/Version"
    then
      export SMTP_HOST=127.0.0.1 SMTP_PORT="$smtp_port" SMTP4DEV_URL="$web_url"
      return 0
    fi
    if ! kill -0 "$SMTP4DEV_PID" 2>/dev/null || grep -q '^\[FTL\]' "$log"; then
      cat "$log" >&2
      echo "smtp4dev failed to start; see its log above" >&2
      return 1
    fi
    sleep 0.2
  done
  cat "$log" >&2
  echo "smtp4dev did not answer on SMTP and HTTP within 30 s" >&2
  return 1
}

# smtp_answers HOST PORT: true when an SMTP server there greets with 220 within 5 s.
smtp_answers() {
  node -e 'const s = require("net").connect(+process.argv[2], process.argv[1]);
    s.setTimeout(5000, () => process.exit(1));
    s.on("error", () => process.exit(1));
    s.on("data", d => { s.end("QUIT\r\n"); process.exit(d.toString().startsWith("220") ? 0 : 1); });' "$1" "$2"
}

# Stops smtp4dev and its child processes: SIGTERM to its process group, SIGKILL to what is left after 10 s.
stop_smtp4dev() {
  [[ -n "${SMTP4DEV_PID:-}" ]] || return 0
  kill -TERM -- "-$SMTP4DEV_PID" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 -- "-$SMTP4DEV_PID" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL -- "-$SMTP4DEV_PID" 2>/dev/null || true
  wait "$SMTP4DEV_PID" 2>/dev/null || true
  rm -rf "${smtp4dev_data:-}"
  unset SMTP4DEV_PID smtp4dev_data
}
