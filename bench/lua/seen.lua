-- Every request is a new reader (a different browser), so every one is counted: the full write path.
wrk.method = "POST"
wrk.headers["Sec-Fetch-Site"] = "same-origin"
request = function()
  wrk.headers["User-Agent"] = "Mozilla/5.0 (benchmark reader " .. math.random(1, 1000000000) .. ") Firefox/133.0"
  return wrk.format(nil, wrk.path)
end
