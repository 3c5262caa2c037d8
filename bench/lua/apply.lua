-- POST the volunteer form as many different applicants: each from its own address (the bench trusts one proxy),
-- with the CSRF cookie and token fetched once by bench/run.py and passed in the environment.
dofile("seeded.lua")  -- each thread and round its own random numbers
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "csrftoken=" .. os.getenv("BENCH_CSRF_COOKIE")
local token = os.getenv("BENCH_CSRF_TOKEN")
local direction = os.getenv("BENCH_DIRECTION")
request = function()
  local phone = "8701" .. math.random(1000000, 9999999)
  wrk.headers["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  local body = "csrfmiddlewaretoken=" .. token .. "&full_name=%D0%90%D0%B9%D0%B3%D0%B5%D1%80%D1%96%D0%BC"
    .. "&birth_date=1998-05-17&phone=" .. phone .. "&region=almaty&directions=" .. direction .. "&consent=on"
  return wrk.format(nil, wrk.path, nil, body)
end
