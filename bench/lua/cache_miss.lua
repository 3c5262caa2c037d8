-- Every request asks for the article with a query string never seen before, so the page cache cannot answer it:
-- the view renders the page (the sidebar may still come from its own cache, as in production).
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "?miss=" .. counter .. "-" .. math.random(1, 1000000000))
end
