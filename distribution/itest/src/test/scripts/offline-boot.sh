#!/usr/bin/env bash
# Boots the distribution with no network at all and proves it works: run inside a network
# namespace that has only a loopback interface (see OfflineBootIT, which wraps it in `unshare -n`).
# Prints PRODUCTION_COLD_START_MS and PRODUCTION_RSS_KB for a production installation (no demo data),
# then COLD_START_MS (first start of a fresh unpacked demonstration installation to first HTTP 200), RSS_KB
# (resident memory 5 s after that), the output of a console command run over ssh with a
# demonstration account, then RESTART_MS and RESTART_RSS_KB for a second start of the same
# installation.
# Given a country-pack .kar as a third argument, it also drops it into deploy/ of the running
# installation and prints the country list once the pack is active (KAR_DEPLOYED_BEGIN/END), then
# deletes it and prints the list again (KAR_REMOVED_BEGIN/END).
#   offline-boot.sh <amparo tar.gz> <work folder> [country-pack.kar]
set -euo pipefail
dist=$1
work=$2
kar=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
run_demo="$here/../../../../run-demo.sh"

ip link set lo up 2>/dev/null || true
if curl -s -m 3 -o /dev/null http://repo1.maven.org/ 2>/dev/null; then
  echo "FAIL: the network is reachable; this test must run in a namespace without network" >&2
  exit 1
fi
echo "NETWORK=none"

# The Karaf JVM of an installation (Karaf 4.4 writes no pid file).
karaf_pid() {
  pgrep -f -- "-Dkaraf.home=$1 " | head -1
}

# Starts an installation and prints the milliseconds until the REST API and the given web page answer.
start_timed() {
  local started
  started=$(date +%s%N)
  "$1/bin/start"
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null http://localhost:8181/api/v1/health 2>/dev/null && curl -fsS -o /dev/null "http://localhost:8181$2" 2>/dev/null && break
    sleep 0.1
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

# Resident memory of an installation's JVM, 5 s after it became ready.
rss_kb() {
  sleep 5
  ps -o rss= -p "$(karaf_pid "$1")" | tr -d ' '
}

stop_karaf() {
  local pid
  pid=$(karaf_pid "$1")
  "$1/bin/stop" || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

console() {
  echo "$1" | "$home/bin/client" -a 8101 -u demo.systemadmin -p "$password" -b -r 3 2>&1
}

# 1. A production installation (no demonstration data): first start after unpacking.
production="$work-production"
rm -rf "$production" && mkdir -p "$production"
tar -xzf "$dist" -C "$production"
phome=$(echo "$production"/amparo-*)
echo "PRODUCTION_COLD_START_MS=$(start_timed "$phome" /setup)"
echo "PRODUCTION_SETUP_PAGE_STATUS=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8181/setup)"
echo "PRODUCTION_RSS_KB=$(rss_kb "$phome")"
stop_karaf "$phome"

# 2. The demonstration installation, started by run-demo.sh as a new user would.
rm -rf "$work"
"$run_demo" --dist "$dist" --home "$work" --port 8181 --ssh-port 8101 | tee "$work.run.txt"
home=$(echo "$work"/amparo-*)
grep -o 'AMPARO_READY_MS=[0-9]*' "$home/.last-start" | sed 's/AMPARO_READY_MS/COLD_START_MS/'
echo "LOGIN_PAGE_STATUS=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8181/login)"
echo "RSS_KB=$(rss_kb "$home")"

password=$(awk -F'\t' '$2 == "demo.systemadmin" {print $3}' "$home/data/amparo/demo-accounts.txt")
echo "CONSOLE_OUTPUT_BEGIN"
console "amparo:user-list" || true
echo "CONSOLE_OUTPUT_END"
# a module switched off before the restart must still be off after it
console "amparo:module-disable training" > /dev/null || true
stop_karaf "$home"

# 3. A second start of the same installation: a new JVM, with Karaf's bundle cache and the database
# already on disk (what happens at every reboot of the server).
echo "RESTART_MS=$(start_timed "$home" /login)"
echo "MODULES_AFTER_RESTART_BEGIN"
console "amparo:module-list" | grep -E "^(training|referral) " || true
echo "MODULES_AFTER_RESTART_END"
echo "RESTART_RSS_KB=$(rss_kb "$home")"

# 4. A country pack dropped into deploy/ as a .kar, then taken away again.
await_console() {
  for _ in $(seq 1 60); do
    out=$(console "$1" || true)
    if echo "$out" | grep -Eq "$2"; then echo "$out"; return 0; fi
    sleep 1
  done
  echo "$out"
}
if [ -n "$kar" ]; then
  cp "$kar" "$home/deploy/"
  echo "KAR_DEPLOYED_BEGIN"
  await_console "amparo:country-list" "XA .*active"
  echo "KAR_DEPLOYED_END"
  rm "$home/deploy/$(basename "$kar")"
  echo "KAR_REMOVED_BEGIN"
  await_console "amparo:country-list" "XA .*removed"
  echo "KAR_REMOVED_END"
  echo "AFTER_KAR_LOGIN_STATUS=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8181/login)"
fi
stop_karaf "$home"
echo "STOPPED"
