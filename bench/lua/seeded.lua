-- Loaded first by each script here (wrk runs with this folder as its working directory): LuaJIT starts every
-- thread's generator from the same seed, so without a seed of their own both threads, and every round, would send
-- the same "never seen" addresses and parameters, and some would be answered from a cache.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end
function init(args)
  math.randomseed(os.time() * 100 + thread_number)
end
