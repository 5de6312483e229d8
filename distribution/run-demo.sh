#!/usr/bin/env bash
# Builds Amparo if needed, starts it on embedded Derby with demonstration data (a fictional
# organisation and one account per role, passwords generated for this installation), and prints
# where to log in. Usage:
#   distribution/run-demo.sh                 build if needed, start, print the log-in details
#   distribution/run-demo.sh --no-build      use the tar.gz already built
#   distribution/run-demo.sh --home DIR      install under DIR (default distribution/target/demo)
#   distribution/run-demo.sh --dist FILE     start this tar.gz
#   distribution/run-demo.sh --port N        HTTP port (default 8181)
#   distribution/run-demo.sh --ssh-port N    console (ssh) port (default 8101)
#   distribution/run-demo.sh --stop          stop the demonstration
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml")
dist="$root/distribution/assembly/target/amparo-$version.tar.gz"
parent="${AMPARO_DEMO_HOME:-$root/distribution/target/demo}"
port=8181
ssh_port=8101
build=1
stop=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --home) parent="$2"; shift ;;
    --dist) dist="$2"; build=0; shift ;;
    --port) port="$2"; shift ;;
    --ssh-port) ssh_port="$2"; shift ;;
    --stop) stop=1 ;;
    *) echo "Unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
home="$parent/amparo-$version"

# Stops the demonstration and waits until its JVM has really gone (it holds the data folder's lock).
stop_demo() {
  local pid
  pid=$(pgrep -f -- "-Dkaraf.home=$home " | head -1 || true)
  "$home/bin/stop" >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

if [ "$stop" = 1 ]; then
  if [ ! -x "$home/bin/stop" ]; then
    echo "No demonstration installed under $home."
  elif "$home/bin/status" >/dev/null 2>&1; then
    stop_demo
    echo "Amparo stopped."
  else
    echo "Amparo is not running."
  fi
  exit 0
fi

command -v java >/dev/null || { echo "Java 17 is needed (apt-get install openjdk-17-jdk-headless)." >&2; exit 1; }

if [ "$build" = 1 ]; then
  newest_source=$(find "$root/pom.xml" "$root/bnd.bnd" "$root/cnf" "$root/bundles" "$root/features" "$root/distribution/assembly" \
      -path '*/target' -prune -o -type f -newer "$dist" -print 2>/dev/null | head -1 || true)
  if [ ! -f "$dist" ] || [ -n "$newest_source" ]; then
    echo "Building Amparo (first time: a few minutes, mostly downloads) ..."
    (cd "$root" && mvn -B -q install -DskipTests)
  fi
fi
[ -f "$dist" ] || { echo "No distribution at $dist: build it with 'mvn install -DskipTests'." >&2; exit 1; }

if [ -x "$home/bin/status" ] && "$home/bin/status" >/dev/null 2>&1; then
  echo "Amparo is already running from $home; restarting it."
  stop_demo
fi

if [ ! -d "$home" ] || [ "$dist" -nt "$home/.installed" ]; then
  rm -rf "$home"
  mkdir -p "$parent"
  tar -xzf "$dist" -C "$parent"
  # Demonstration data: boot the amparo-demo feature too (never done for production).
  sed -i 's/^featuresBoot *= *\\$/featuresBoot = \\\n    amparo-demo, \\/' "$home/etc/org.apache.karaf.features.cfg"
  grep -q 'amparo-demo' "$home/etc/org.apache.karaf.features.cfg" || { echo "Could not enable the demonstration feature." >&2; exit 1; }
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
  grep -q "org.osgi.service.http.port = $port" "$home/etc/org.ops4j.pax.web.cfg" || echo "org.osgi.service.http.port = $port" >> "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$home/etc/org.apache.karaf.shell.cfg"
  touch "$home/.installed"
fi

started=$(date +%s%N)
"$home/bin/start"
url="http://localhost:$port"
for _ in $(seq 1 240); do
  # ready when both the REST API and the web UI answer
  if curl -fsS -o /dev/null "$url/api/v1/health" 2>/dev/null && curl -fsS -o /dev/null "$url/login" 2>/dev/null; then break; fi
  sleep 0.25
done
curl -fsS -o /dev/null "$url/login" || { echo "Amparo did not answer on $url within 60 s; see $home/data/log/karaf.log" >&2; exit 1; }
ready=$(( ($(date +%s%N) - started) / 1000000 ))

accounts="$home/data/amparo/demo-accounts.txt"
for _ in $(seq 1 120); do [ -s "$accounts" ] && break; sleep 0.25; done
[ -s "$accounts" ] || { echo "The demonstration accounts were not created; see $home/data/log/karaf.log" >&2; exit 1; }

cat <<INFO

Amparo is running (first answer after ${ready} ms): open $url/ in a browser.
Demonstration data: every organisation and account below is FICTIONAL.
Accounts, one per role (passwords generated for this installation, also in $accounts):
INFO
grep -v '^#' "$accounts" | while IFS=$'\t' read -r role user password; do
  printf '  %-20s %-22s %s\n' "$role" "$user" "$password"
done
cat <<INFO

Console:  $home/bin/client -a $ssh_port -u demo.systemadmin      (ssh; same accounts)
Stop:     distribution/run-demo.sh --stop
INFO
echo "AMPARO_READY_MS=$ready" > "$home/.last-start"
