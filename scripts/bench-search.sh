#!/usr/bin/env bash
# Reader search at the limit (docs/benchmarks.md, docs/search.md, issue 14 goal 4): the production jar on the
# local MariaDB with generated data, every search run anew (a cache-busting parameter), a mix of queries
# (rare words, common words, 3-letter prefixes, two words), wrk at 64 connections — once on this node's
# Lucene index and once on MariaDB's FULLTEXT index (newsdesk.search.index=false).
#
#   BENCH_DB=newsdesk_search_bench bash scripts/bench-search.sh   # data: ReaderDataBenchmark -Dbench.published=1000000
#
# Numbers, not assertions: correctness (never an unpublished item, catch-up, rebuild) is asserted by
# ReaderSearchTest and SiteSearchAndXssTest in ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-table.sh

SECONDS_PER_CASE=${BENCH_SECONDS:-20}
# Lucene's and the renderer's code needs about a minute of load before the JIT has compiled it (20 s of
# warm-up measured 2.1–2.8 ms of CPU per search, 60 s 1.1–1.3 ms).
WARMUP=${BENCH_WARMUP:-60}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
DB=${BENCH_DB:-newsdesk_search_bench}
LANG_=${BENCH_LANGUAGE:-fr}
APP_PORT=18180 MGMT_PORT=18181
CASES=${BENCH_CASES:-index fulltext}
# Extra application arguments for both runs, e.g. "--spring.datasource.hikari.maximum-pool-size=64".
read -r -a APP_ARGS <<< "${BENCH_APP_ARGS:-}"

if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH" VAADIN_USAGE_STATS_ENABLED=false
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk; }

work=$(mktemp -d /tmp/bench-search.XXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT
published=$(mariadb -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM \`$DB\`.published_dispatch")
inEdition=$(mariadb -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM \`$DB\`.published_dispatch WHERE language = '$LANG_'")
[ "$published" -gt 1000 ] || { echo "$DB holds $published published dispatches: fill it first (ReaderDataBenchmark)"; exit 1; }

if [ -z "${BENCH_JAR:-}" ]; then
  echo "== build: production jar"
  ./mvnw -q -B -Pproduction -DskipTests package
fi
jar=${BENCH_JAR:-$(ls target/newsdesk-*.jar | grep -v original | head -1)}

# Queries from the data: words of headlines (each in a few dozen to thousands of dispatches), their
# 3-letter prefixes (a prefix of the generated vocabulary matches most of the edition), and pairs.
mariadb -h127.0.0.1 -uroot -N -e "SELECT headline FROM \`$DB\`.published_dispatch WHERE language = '$LANG_'
  ORDER BY dispatch_id DESC LIMIT 200" > "$work/headlines"
awk -v lang="$LANG_" '{
    n = split($0, w, " ");
    a = w[1 + (NR % n)]; b = w[1 + ((NR * 7) % n)];
    if (NR % 4 == 0) q = a;                              # one word
    else if (NR % 4 == 1) q = a "+" b;                   # two words
    else if (NR % 4 == 2) q = substr(a, 1, 3);           # a 3-letter prefix
    else q = substr(a, 1, 4) "+" substr(b, 1, 5);        # two prefixes
    print "/" lang "/search?q=" q
  }' "$work/headlines" \
  | python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote(l.strip(), safe="/?=+&")) for l in sys.stdin]' > "$work/paths"
# The same queries by kind, for a row each.
awk 'NR % 4 == 0' "$work/paths" > "$work/paths.one-word"
awk 'NR % 4 == 1' "$work/paths" > "$work/paths.two-words"
awk 'NR % 4 == 2' "$work/paths" > "$work/paths.prefix"
awk 'NR % 4 == 3' "$work/paths" > "$work/paths.two-prefixes"

start_app() { # extra args...
  PORT=$APP_PORT NEWSDESK_MANAGEMENT_PORT=$MGMT_PORT NEWSDESK_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" NEWSDESK_DB_USER=root \
  NEWSDESK_DB_PASSWORD= NEWSDESK_ADMIN_USERNAME=chief NEWSDESK_ADMIN_PASSWORD='Tr4vel-light-at-dawn' \
  NEWSDESK_SEARCH_DIR="${BENCH_INDEX_DIR:-$work/index}" \
    java -Xmx2g -jar "$jar" --logging.level.root=WARN --logging.level.org.newsdesk.search=INFO "${APP_ARGS[@]}" "$@" > "$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$APP_PORT/readyz" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://127.0.0.1:$APP_PORT/readyz" >/dev/null || { tail -50 "$work/app.log"; exit 1; }
}
stop_app() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

run() { # label [paths file]
  local paths=${2:-$work/paths} out
  out=$(WRK_PATHS="$paths" WRK_BUST=1 wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_CASE}s" --timeout 10s \
    -s src/test/resources/bench/report.lua "http://127.0.0.1:$APP_PORT/" 2>&1 | grep RESULT)
  echo "$1|$out" >> "$work/results"
}
warm_up() {
  WRK_PATHS="$work/paths" WRK_BUST=1 wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s src/test/resources/bench/report.lua "http://127.0.0.1:$APP_PORT/" >/dev/null 2>&1 || true
}

: > "$work/results"
if [[ " $CASES " == *" index "* ]]; then
  echo "== Lucene: app on $APP_PORT, index in ${BENCH_INDEX_DIR:-$work/index} (BENCH_INDEX_DIR keeps it between runs)"
  started=$(date +%s)
  start_app
  # A rebuilt index is merged into one segment after it is built: measure the merged one.
  for _ in $(seq 1 1800); do
    grep -q "Search index merged\|Search index opened\|Search index merge failed" "$work/app.log" && break; sleep 1
  done
  grep "Search index rebuilt\|Search index merged\|Search index opened" "$work/app.log" || { echo "index not built"; tail -20 "$work/app.log"; exit 1; }
  echo "(start to index ready: $(( $(date +%s) - started )) s)"
  warm_up
  run "search, Lucene index ${BENCH_APP_ARGS:-}"
  for kind in one-word two-words prefix two-prefixes; do
    run "  $kind only" "$work/paths.$kind"
  done
  stop_app
fi

if [[ " $CASES " == *" fulltext "* ]]; then
  echo "== FULLTEXT: the same app with newsdesk.search.index=false"
  start_app --newsdesk.search.index=false
  warm_up
  run "search, MariaDB FULLTEXT ${BENCH_APP_ARGS:-}"
  stop_app
fi

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), wrk -t2 -c$CONNECTIONS ${SECONDS_PER_CASE}s per case after ${WARMUP}s of warm-up,"
echo "$published published ($inEdition in $LANG_), $(wc -l < "$work/paths") different queries, each request with a cache-busting parameter"
echo
bench_table "$work/results"
