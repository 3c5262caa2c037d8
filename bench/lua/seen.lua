-- Every request is a new reader (another browser at another address, through the bench's pretend proxy), so every
-- one is counted: the full write path, not the address bound's refusal.
dofile("seeded.lua")  -- each thread and round its own random numbers
wrk.method = "POST"
wrk.headers["Sec-Fetch-Site"] = "same-origin"
request = function()
  wrk.headers["User-Agent"] = "Mozilla/5.0 (benchmark reader " .. math.random(1, 1000000000) .. ") Firefox/133.0"
  wrk.headers["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format(nil, wrk.path)
end
