-- Every request asks for the page with a query parameter never seen before, so the page cache cannot answer it:
-- the view renders the page (the sidebar and list totals may still come from their own caches, as in production).
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
local counter = 0
local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. separator .. "miss=" .. counter .. "-" .. math.random(1, 1000000000))
end
