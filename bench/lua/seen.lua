-- Every request is a new reader (another browser at another address, through the bench's pretend proxy), so every
-- one is counted: the full write path, not the address bound's refusal.
-- LuaJIT starts every thread's generator from the same seed: without its own seed each thread, and each round,
-- would send the same "never seen" addresses and parameters as the others, and some would be answered from a cache.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end
function init(args)
  math.randomseed(os.time() * 100 + thread_number)
end
wrk.method = "POST"
wrk.headers["Sec-Fetch-Site"] = "same-origin"
request = function()
  wrk.headers["User-Agent"] = "Mozilla/5.0 (benchmark reader " .. math.random(1, 1000000000) .. ") Firefox/133.0"
  wrk.headers["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format(nil, wrk.path)
end
