-- wrk script of bench/load.sh: reads, writes or a mix of both, and a RESULT line with the latency
-- percentiles and every answer's status.
--
-- Environment:
--   LOAD_TOKEN        bearer token (empty: anonymous)
--   LOAD_PATHS        file with GET paths, one a line, used in turn (each thread starts elsewhere)
--   LOAD_WRITE_SHARE  0 (default) reads only; 1 writes only; 0.2 a fifth writes
--   LOAD_WRITERS      file with the agency ids the writers propose events for, one a line
-- A write proposes a credit event (POST /api/credit-events) or, half the time when the thread has
-- proposals waiting, confirms one of them (POST /api/credit-events/{id}/confirmation).

local token = os.getenv("LOAD_TOKEN") or ""
local share = tonumber(os.getenv("LOAD_WRITE_SHARE") or "0") or 0
local paths, writers = {}, {}
local types = { "LATE_SUBMISSION", "COMMENDATION", "UNAPPROVED_TEAM_CHANGE", "REPORT_RETURNED_REPEATEDLY" }

local function lines(name, into)
  if name and #name > 0 then
    for line in io.lines(name) do
      if #line > 0 then into[#into + 1] = line end
    end
  end
end

local threads = {}
function setup(thread)
  thread:set("index", #threads)
  threads[#threads + 1] = thread
end

local next_path, queue = 0, {}
-- globals: done() reads them from every thread
statuses, proposed, confirmed = {}, 0, 0

function init(args)
  lines(os.getenv("LOAD_PATHS"), paths)
  lines(os.getenv("LOAD_WRITERS"), writers)
  local index = tonumber(wrk.thread:get("index")) or 0
  math.randomseed(1000 + index)
  if #paths > 0 then next_path = (index * 7) % #paths end
end

local function headers()
  local h = { ["Content-Type"] = "application/json" }
  if #token > 0 then h["Authorization"] = "Bearer " .. token end
  return h
end

function request()
  if #writers > 0 and (share >= 1 or (share > 0 and math.random() < share) or #paths == 0) then
    if #queue > 0 and math.random() < 0.5 then
      local id = table.remove(queue, 1)
      return wrk.format("POST", "/api/credit-events/" .. id .. "/confirmation", headers(), '{"comment":"压测确认"}')
    end
    local agency = writers[math.random(#writers)]
    local body = string.format('{"agencyId":%s,"type":"%s","evidence":"压测：检查发现的问题"}', agency,
      types[math.random(#types)])
    return wrk.format("POST", "/api/credit-events", headers(), body)
  end
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], headers())
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
  local id = body and string.match(body, '^{"id":(%d+)')
  -- a confirmed event may stay PROPOSED until its objection window ends (it then counts from the
  -- window's end): a confirmation is known by its confirmedBy, and is not queued again
  if id and string.find(body, '"confirmedBy":"', 1, true) then
    confirmed = confirmed + 1
  elseif id and string.find(body, '"status":"PROPOSED"', 1, true) then
    proposed = proposed + 1
    queue[#queue + 1] = id
  end
end

function done(summary, latency, requests)
  local all, p, c = {}, 0, 0
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s) do all[code] = (all[code] or 0) + n end
    p = p + thread:get("proposed")
    c = c + thread:get("confirmed")
  end
  local codes = {}
  for code, n in pairs(all) do codes[#codes + 1] = code .. ":" .. n end
  table.sort(codes)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p95=%.1f p99=%.1f non2xx=%d " ..
    "socket=%d timeout=%d proposed=%d confirmed=%d statuses=%s bytes=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write, e.timeout, p, c, table.concat(codes, ","), summary.bytes))
end
