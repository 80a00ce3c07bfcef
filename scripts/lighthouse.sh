#!/usr/bin/env bash
# Lighthouse scores of public pages, in Debian's Chromium, against a running app
# (./mvnw spring-boot:run). Needs Node and network access to the npm registry for the first run.
#   scripts/lighthouse.sh [base-url]    → target/lighthouse/*.json and a summary on stdout
set -euo pipefail
BASE="${1:-http://localhost:8080}"
CHROME="${CHROMIUM_PATH:-/usr/bin/chromium}"
OUT=target/lighthouse
TOOLS="${LIGHTHOUSE_HOME:-$HOME/.cache/newsdesk-lighthouse}"
mkdir -p "$OUT" "$TOOLS"
[ -x "$TOOLS/node_modules/.bin/lighthouse" ] || (cd "$TOOLS" && npm init -y >/dev/null && npm i --no-audit --no-fund lighthouse@12 >/dev/null)
pages=(
  "article /fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim"
  "edition /fr/"
  "section /fr/politics/"
  "search /fr/search?q=OIM"
)
for entry in "${pages[@]}"; do
  name="${entry%% *}"; path="${entry#* }"
  CHROME_PATH="$CHROME" "$TOOLS/node_modules/.bin/lighthouse" "$BASE$path" --quiet \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$OUT/$name.json"
  python3 - "$OUT/$name.json" "$name" "$path" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
scores = " ".join(f"{k}={round(v['score'] * 100)}" for k, v in d["categories"].items())
print(f"{sys.argv[2]:8} {sys.argv[3]:70} {scores}")
PY
done
