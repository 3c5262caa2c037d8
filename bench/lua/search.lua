-- Search the news as readers do: each request takes a query from BENCH_SEARCHES (URL-encoded, separated by spaces;
-- bench/run.py sets it) and adds a parameter never seen before, so the page cache cannot answer and the view searches,
-- ranks and renders every time. A query's total may come from its own cache once counted, as in production.
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
local searches = {}
for query in string.gmatch(os.getenv("BENCH_SEARCHES"), "%S+") do
  table.insert(searches, query)
end
local counter = 0
request = function()
  counter = counter + 1
  local query = searches[math.random(#searches)]
  return wrk.format("GET", wrk.path .. "?q=" .. query .. "&miss=" .. counter .. "-" .. math.random(1, 1000000000))
end
