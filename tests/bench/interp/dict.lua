-- 10^6 inserts into a table with integer keys, then 10^6 lookups in another
-- order (keys (7 * i) % 10^6 + 1) (twin of dict.al).
local d = {}
local count = 0
for i = 1, 1000000 do
  d[i] = i % 1000
  count = count + 1
end
local sum = 0
for i = 1, 1000000 do
  sum = sum + d[(7 * i) % 1000000 + 1]
end
print(string.format("dict: count %d, sum %d", count, sum))
