-- Search the news as readers do: each request takes a query from BENCH_SEARCHES (URL-encoded, separated by spaces;
-- bench/run.py sets it) and adds a parameter never seen before, so the page cache cannot answer and the view searches,
-- ranks and renders every time. A query's total may come from its own cache once counted, as in production.
dofile("seeded.lua")  -- each thread and round its own random numbers
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
