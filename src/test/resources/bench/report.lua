-- wrk script: optional random paths from a file, optional cache-busting query, and a summary with p95.
local paths = nil
local bust = os.getenv("WRK_BUST") == "1"
local etag = os.getenv("WRK_ETAG")

function init(args)
  local file = os.getenv("WRK_PATHS")
  if file then
    paths = {}
    for line in io.lines(file) do paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  local path = wrk.path
  if paths then path = paths[math.random(#paths)] end
  if bust then
    local sep = string.find(path, "?", 1, true) and "&" or "?"
    path = path .. sep .. "nocache=" .. math.random(1, 1e9)
  end
  local headers = {}
  if etag then headers["If-None-Match"] = etag end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local non2xx = (summary.errors.status or 0)
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + non2xx))
end
