# Sourced by the bench-*.sh scripts: one Markdown table from wrk results written by report.lua.
# bench_table FILE [BASELINE_RPS] — FILE holds lines "label|RESULT rps=… p50=… p95=… p99=… errors=…";
# with a baseline, a last column gives each case's ratio to it (nginx serving the same bytes).
bench_table() {
  local file=$1 baseline=${2:-}
  if [ -n "$baseline" ]; then
    echo "| case | requests/s | p50 ms | p95 ms | p99 ms | errors | ÷ nginx |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
  else
    echo "| case | requests/s | p50 ms | p95 ms | p99 ms | errors |"
    echo "|---|---:|---:|---:|---:|---:|"
  fi
  local label result rps p50 p95 p99 errors
  while IFS='|' read -r label result; do
    rps=$(sed -n 's/.*rps=\([0-9]*\).*/\1/p' <<< "$result")
    p50=$(sed -n 's/.*p50=\([0-9.]*\).*/\1/p' <<< "$result")
    p95=$(sed -n 's/.*p95=\([0-9.]*\).*/\1/p' <<< "$result")
    p99=$(sed -n 's/.*p99=\([0-9.]*\).*/\1/p' <<< "$result")
    errors=$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<< "$result")
    if [ -n "$baseline" ]; then
      echo "| $label | $rps | $p50 | $p95 | $p99 | $errors | $(awk -v a="$rps" -v b="$baseline" 'BEGIN { printf "%.2f", a / b }') |"
    else
      echo "| $label | $rps | $p50 | $p95 | $p99 | $errors |"
    fi
  done < "$file"
}
