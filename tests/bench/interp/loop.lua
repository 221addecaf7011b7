-- A counted loop: the sum of 1..10^7 (twin of loop.al).
local sum = 0
for i = 1, 10000000 do
  sum = sum + i
end
print(string.format("sum(1..10^7) = %d", sum))
