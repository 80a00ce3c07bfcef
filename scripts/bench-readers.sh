#!/usr/bin/env bash
# The readers' path at the limit (docs/benchmarks.md, issue 14): the production jar on the local MariaDB
# with generated data, nginx serving the same bytes as a static file (the machine's ceiling), and
# Varnish with the repo's VCL in front of the app — measured in one run, one table, ratios to nginx.
#
#   bash scripts/bench-readers.sh            # BENCH_SECONDS=10 BENCH_CONNECTIONS=64 BENCH_PUBLISHED=100000
#
# Numbers, not assertions: correctness (zero connections on the hot path, kills gone from Varnish within
# a second) is asserted by ReaderHotPathTest and FrontCacheIT in ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-table.sh

SECONDS_PER_CASE=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
PUBLISHED=${BENCH_PUBLISHED:-100000}
DB=${BENCH_DB:-newsdesk_bench}
APP_PORT=18080 MGMT_PORT=18081 NGINX_PORT=18090 VARNISH_PORT=18088 VARNISH_QUIET_PORT=18089

if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH" VAADIN_USAGE_STATS_ENABLED=false
for tool in wrk:wrk nginx:nginx-light varnishd:varnish; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1 && ! [ -x "/usr/sbin/${tool%%:*}" ]; then
    apt-get update -qq && apt-get install -y -qq "${tool#*:}"
  fi
done

work=$(mktemp -d /tmp/bench-readers.XXXX)
chmod 755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "== data: $PUBLISHED published dispatches in $DB"
mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
export NEWSDESK_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" NEWSDESK_DB_USER=root NEWSDESK_DB_PASSWORD=
./mvnw -q -B -Pbenchmark test -Dtest=ReaderDataBenchmark -Dbench.published="$PUBLISHED" -Dsurefire.failIfNoSpecifiedTests=false \
  > "$work/data.log" 2>&1 || { tail -40 "$work/data.log"; exit 1; }
grep "published dispatches" "$work/data.log" || true

echo "== build: production jar"
./mvnw -q -B -Pproduction -DskipTests package
jar=$(ls target/newsdesk-*.jar | grep -v original | head -1)

echo "== start: app on $APP_PORT (management $MGMT_PORT), Varnish on $VARNISH_PORT, nginx on $NGINX_PORT"
PORT=$APP_PORT NEWSDESK_MANAGEMENT_PORT=$MGMT_PORT NEWSDESK_ADMIN_USERNAME=chief NEWSDESK_ADMIN_PASSWORD='Tr4vel-light-at-dawn' \
NEWSDESK_FRONT_CACHE_PURGE_URLS="http://127.0.0.1:$VARNISH_PORT/" NEWSDESK_FRONT_CACHE_MAX_AGE=1h \
  java -Xmx1g -jar "$jar" --logging.level.root=WARN > "$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$APP_PORT/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$APP_PORT/readyz" >/dev/null || { tail -50 "$work/app.log"; exit 1; }

sed -e 's/.host = "app";/.host = "127.0.0.1";/' -e "s/.port = \"8080\";/.port = \"$APP_PORT\";/" docker/varnish/default.vcl > "$work/default.vcl"
chmod 644 "$work/default.vcl"
/usr/sbin/varnishd -F -n "$work/varnish" -a "127.0.0.1:$VARNISH_PORT" -f "$work/default.vcl" -s malloc,256m -p http_gzip_support=off > "$work/varnish.log" 2>&1 &
pids+=($!)
# The same without its shared-memory request log, as nginx runs here with access_log off (varnishlog and
# varnishncsa would see nothing of these requests: docker-compose keeps the log).
QUIET_LOG="-ReqHeader,-RespHeader,-ReqUnset,-RespUnset,-Timestamp,-VCL_call,-VCL_return,-ReqURL,-ReqProtocol,-RespProtocol"
QUIET_LOG="$QUIET_LOG,-RespStatus,-RespReason,-Link,-ReqMethod,-ReqStart,-ReqAcct,-Hit,-VCL_use,-Storage,-Begin,-End"
/usr/sbin/varnishd -F -n "$work/varnish-quiet" -a "127.0.0.1:$VARNISH_QUIET_PORT" -f "$work/default.vcl" -s malloc,256m \
  -p http_gzip_support=off -p vsl_mask="$QUIET_LOG" > "$work/varnish-quiet.log" 2>&1 &
pids+=($!)

article=$(mariadb -h127.0.0.1 -uroot -N -e "SELECT CONCAT('/', language, '/', DATE_FORMAT(first_published_at, '%Y/%m/%d'), '/', slug)
  FROM \`$DB\`.published_dispatch WHERE language = 'fr' ORDER BY first_published_at DESC LIMIT 1")
word=$(mariadb -h127.0.0.1 -uroot -N -e "SELECT SUBSTRING_INDEX(headline, ' ', 1) FROM \`$DB\`.published_dispatch
  WHERE language = 'fr' ORDER BY first_published_at DESC LIMIT 1 OFFSET 500")
[ -n "$article" ] || { echo "no published French article in $DB: the data step failed"; exit 1; }
mkdir -p "$work/static"
curl -fs "http://127.0.0.1:$APP_PORT$article" -o "$work/static/article.html"
etag=$(curl -fsI "http://127.0.0.1:$APP_PORT$article" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/static; default_type text/html; }
}
NGINX
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 2

run() { # label url [env...]
  local label=$1 url=$2; shift 2
  # warm-up: JIT, caches
  env "$@" wrk -t2 -c"$CONNECTIONS" -d3s -s src/test/resources/bench/report.lua "$url" >/dev/null 2>&1 || true
  local out
  out=$(env "$@" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_CASE}s" -s src/test/resources/bench/report.lua "$url" 2>&1 | grep RESULT)
  echo "$label|$out" >> "$work/results"
}

app="http://127.0.0.1:$APP_PORT" varnish="http://127.0.0.1:$VARNISH_PORT" quiet="http://127.0.0.1:$VARNISH_QUIET_PORT"
: > "$work/results"
# Warm the JIT on the app's cached paths first, so that the first row is not also measuring compilation.
for url in "$app$article" "$app/fr/" "$app/fr/politics/"; do
  wrk -t2 -c"$CONNECTIONS" -d10s -s src/test/resources/bench/report.lua "$url" >/dev/null 2>&1 || true
done
run "nginx: the article's bytes as a static file" "http://127.0.0.1:$NGINX_PORT/article.html"
run "app: article, cached" "$app$article"
run "app: article, 304 (If-None-Match)" "$app$article" WRK_ETAG="$etag"
run "app: edition front /fr/, cached" "$app/fr/"
run "app: section /fr/politics/, cached" "$app/fr/politics/"
run "app: RSS /fr/rss.xml, cached" "$app/fr/rss.xml"
run "app: article, rendered every time" "$app$article" WRK_BUST=1
# One word; scripts/bench-search.sh runs a mix of queries on the index and on FULLTEXT.
run "app: search, run every time" "$app/fr/search?q=$word" WRK_BUST=1
run "Varnish: article" "$varnish$article"
run "Varnish: edition front /fr/" "$varnish/fr/"
run "Varnish: article, 304" "$varnish$article" WRK_ETAG="$etag"
run "Varnish without its request log (as nginx here): article" "$quiet$article"
run "Varnish without its request log: edition front /fr/" "$quiet/fr/"

nginx_rps=$(head -1 "$work/results" | sed -n 's/.*rps=\([0-9]*\).*/\1/p')
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), wrk -t2 -c$CONNECTIONS ${SECONDS_PER_CASE}s per case, $(mariadb -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM \`$DB\`.published_dispatch") published, article $(stat -c %s "$work/static/article.html") bytes"
echo
bench_table "$work/results" "$nginx_rps"
echo
echo "(304 rows count as errors in wrk's sense only if the status is ≥ 400; a 304 is not.)"
echo "metrics: curl -s http://127.0.0.1:$MGMT_PORT/actuator/prometheus | grep newsdesk_public"
curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" | grep -E '^newsdesk_public_responses_total' | head -20 || echo "(management port did not answer)"
if curl -fs "http://127.0.0.1:$APP_PORT/actuator/prometheus" >/dev/null 2>&1; then echo "WARNING: metrics are reachable on the public port"; fi
