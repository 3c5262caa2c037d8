-- Every request asks for the page with a query parameter never seen before, so the page cache cannot answer it:
-- the view renders the page (the sidebar and list totals may still come from their own caches, as in production).
dofile("seeded.lua")  -- each thread and round its own random numbers
local counter = 0
local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. separator .. "miss=" .. counter .. "-" .. math.random(1, 1000000000))
end
