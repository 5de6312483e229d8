#!/usr/bin/env bash
# Identification at scale (issue 4), end to end, against a real installation on embedded Derby:
#   1. builds the distribution if it is missing;
#   2. unpacks it under /tmp as a demonstration installation (ports 18181 / 18101), starts it, and
#      creates 50 caseworker accounts bench.cw01..bench.cw50 in the demonstration organisation
#      through the REST API (as its demonstration system administrator);
#   3. stops it and fills its database with 1,000,000 SYNTHETIC, FICTIONAL persons (InstallationLoad,
#      in bundles/org.amparo.cases: JDBC batches, name keys computed by the platform's names library);
#   4. starts it again and drives 50 concurrent caseworker sessions in the web UI with Gatling
#      (distribution/loadtest, Maven profile "load"): a 1-minute warm-up with 10 sessions, then the
#      measured run (50 sessions ramped over 50 s, then 5 minutes);
#   5. prints the numbers and stops the installation.
# Usage:
#   distribution/loadtest/run.sh                  all of the above (the load takes about an hour on 2 cores)
#   distribution/loadtest/run.sh --reuse          skip 1-3 when the installation was already loaded
#   distribution/loadtest/run.sh --persons N      another population size (default 1000000)
#   distribution/loadtest/run.sh --minutes M      length of the measured run after the ramp (default 5)
#   distribution/loadtest/run.sh --cases-jar JAR  install this build of org.amparo.cases instead of the
#                                                 distribution's (to measure a change before merging it)
# Environment: AMPARO_LOAD_HOME (default /tmp/amparo-loadtest), AMPARO_LOAD_PORT (18181).
# Results: $AMPARO_LOAD_HOME/results-<time>.txt and the Gatling report under distribution/loadtest/target/gatling.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml")
dist="$root/distribution/assembly/target/amparo-$version.tar.gz"
parent="${AMPARO_LOAD_HOME:-/tmp/amparo-loadtest}"
home="$parent/amparo-$version"
port="${AMPARO_LOAD_PORT:-18181}"
ssh_port=$((port - 80))
url="http://localhost:$port"
persons=1000000
minutes=5
reuse=0
cases_jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reuse) reuse=1 ;;
    --persons) persons="$2"; shift ;;
    --minutes) minutes="$2"; shift ;;
    --cases-jar) cases_jar=$(readlink -f "$2"); shift ;;
    *) echo "Unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
out="$home/loadtest"
demo() { "$root/distribution/run-demo.sh" --no-build --dist "$parent/amparo.tar.gz" --home "$parent" --port "$port" --ssh-port "$ssh_port" "$@"; }
say() { echo "[$(date +%H:%M:%S)] $*"; }
trap 'demo --stop >/dev/null 2>&1 || true' EXIT

if [ ! -f "$dist" ]; then
  say "Building the distribution ..."
  (cd "$root" && mvn -B -q install -DskipTests)
fi

if [ "$reuse" = 0 ] || [ ! -f "$out/load.txt" ]; then
  demo --stop >/dev/null 2>&1 || true
  rm -rf "$parent"
  mkdir -p "$parent"
  # a copy of its own: run-demo.sh unpacks afresh (and so empties the database) when the tar.gz it
  # is given is newer than the installation, which a build of the checkout meanwhile would cause
  cp "$dist" "$parent/amparo.tar.gz"
  tar -xzf "$parent/amparo.tar.gz" -C "$parent"
  # a demonstration installation as run-demo.sh sets one up, with ports of its own: other Karaf
  # instances on this machine (the in-container tests, a demo) use the default HTTP, ssh and JMX ports
  sed -i 's/^featuresBoot *= *\\$/featuresBoot = \\\n    amparo-demo, \\/' "$home/etc/org.apache.karaf.features.cfg"
  grep -q 'amparo-demo' "$home/etc/org.apache.karaf.features.cfg" || { echo "Could not enable the demonstration feature." >&2; exit 1; }
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
  grep -q "org.osgi.service.http.port = $port" "$home/etc/org.ops4j.pax.web.cfg" || echo "org.osgi.service.http.port = $port" >> "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$home/etc/org.apache.karaf.shell.cfg"
  if [ -f "$home/etc/org.apache.karaf.management.cfg" ]; then
    sed -i -e "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port - 7082))/" -e "s/^rmiServerPort *=.*/rmiServerPort = $((port + 26264))/" \
        "$home/etc/org.apache.karaf.management.cfg"
  fi
  touch "$home/.installed"
  if [ -n "$cases_jar" ]; then
    cp "$cases_jar" "$home/system/org/amparo/org.amparo.cases/$version/org.amparo.cases-$version.jar"
  fi
  say "First start of the demonstration installation in $home ..."
  demo >/dev/null
  admin_password=$(awk -F'\t' '$1 == "SYSTEM_ADMIN" { print $3 }' "$home/data/amparo/demo-accounts.txt")
  token=$(curl -fsS -D - -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"username\":\"demo.systemadmin\",\"password\":\"$admin_password\"}" "$url/api/v1/session" \
      | sed -n 's/^[Ss]et-[Cc]ookie: AMPARO_SESSION=\([^;]*\).*/\1/p' | tr -d '\r')
  [ -n "$token" ] || { echo "Could not log in as demo.systemadmin" >&2; exit 1; }
  # the REST application registers its resources once the late domain services are up: wait for it
  for _ in $(seq 1 120); do
    [ "$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url/api/v1/users")" = 200 ] && break
    sleep 1
  done
  mkdir -p "$out"
  umask 077
  echo "username,password" > "$out/accounts.csv"
  say "Creating 50 caseworker accounts (REST, POST /api/v1/users) ..."
  for i in $(seq -w 1 50); do
    user="bench.cw$i"
    password="Lt-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
    code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$user\",\"displayName\":\"Load-test caseworker $i (fictional)\",\"organisationCode\":\"DEMO-NGO\",\"roles\":[\"CASEWORKER\"],\"password\":\"$password\",\"language\":\"en\"}" \
        "$url/api/v1/users")
    [ "$code" = 201 ] || { echo "Creating $user failed: HTTP $code" >&2; exit 1; }
    echo "$user,$password" >> "$out/accounts.csv"
  done
  umask 022
  demo --stop >/dev/null
  say "Loading $persons synthetic persons into $home/data/amparo/derby ..."
  (cd "$root/bundles" && mvn -o -q test -pl org.amparo.cases -Dgroups=benchmark -Dtest=InstallationLoad \
      -Dsurefire.failIfNoSpecifiedTests=false -Damparo.bench.installation="$home" -Damparo.bench.persons="$persons" \
      > "$parent/load.log" 2>&1) || { tail -50 "$parent/load.log" >&2; exit 1; }
  say "Loaded: $(cat "$out/load.txt")"
fi

say "Starting the installation ..."
demo >/dev/null
gatling() {
  mvn -B -q -f "$root/distribution/pom.xml" -Pload -pl loadtest gatling:test -Damparo.load.failOnError=false \
      -Damparo.url="$url" -Damparo.accounts="$out/accounts.csv" -Damparo.names="$out/names.csv" "$@"
}
say "Warm-up: 10 sessions, 1 minute (not counted) ..."
gatling -Damparo.users=10 -Damparo.rampSeconds=10 -Damparo.minutes=1 > "$parent/warmup.log" 2>&1 || true
stamp=$(date +%Y%m%d-%H%M%S)
results="$parent/results-$stamp.txt"
{
  echo "Identification at scale: 50 caseworker sessions, $(date -u +%FT%TZ)"
  echo "machine: $(nproc) vCPU, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "data: $(cat "$out/load.txt")"
  echo "uptime before: $(uptime)"
} > "$results"
say "Measured run: 50 sessions, ramp 50 s, then $minutes minutes ..."
gatling -Damparo.users=50 -Damparo.rampSeconds=50 -Damparo.minutes="$minutes" > "$parent/gatling.log" 2>&1 || true
echo "uptime after: $(uptime)" >> "$results"
report=$(ls -dt "$root"/distribution/loadtest/target/gatling/*/ | head -1)
echo "Gatling report: $report" >> "$results"
if [ -f "$report/index.html" ] && command -v python3 >/dev/null; then
  # the statistics table of Gatling's HTML report, one line per request
  python3 - "$report/index.html" >> "$results" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
print(f"{'request':<24} {'count':>6} {'KO':>5} {'req/s':>6} {'p50':>7} {'p75':>7} {'p95':>7} {'p99':>7} {'max':>7}   (ms)")
for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', html, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row))
    if name and "2" in cells:
        print(f"{name.group(1):<24} {cells['2']:>6} {cells['4']:>5} {cells['6']:>6} {cells['8']:>7} {cells['9']:>7} "
              f"{cells['10']:>7} {cells['11']:>7} {cells['12']:>7}")
PY
fi
grep -E "^(Global|.*percentile|.*failed).*(OK|KO|true|false)" "$parent/gatling.log" >> "$results" || true
cat "$results"
