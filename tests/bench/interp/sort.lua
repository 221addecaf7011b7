-- An in-place recursive quicksort (Hoare partition, middle pivot) of 100000
-- integers from the Park-Miller generator (Schrage's method); the same
-- algorithm on the same data as sort.al (1-based, like AL's arrays).

-- x := 48271 * x mod (2^31 - 1), computed without overflow.
local function next_random(x)
  x = 48271 * (x % 44488) - 3399 * (x // 44488)
  if x <= 0 then x = x + 2147483647 end
  return x
end

local function quicksort(a, lo, hi)
  local i, j = lo, hi
  local p = a[(lo + hi) // 2]
  repeat
    while a[i] < p do i = i + 1 end
    while a[j] > p do j = j - 1 end
    if i <= j then
      a[i], a[j] = a[j], a[i]
      i = i + 1
      j = j - 1
    end
  until i > j
  if lo < j then quicksort(a, lo, j) end
  if i < hi then quicksort(a, i, hi) end
end

local n = 100000
local a = {}
local seed = 42
for i = 1, n do
  seed = next_random(seed)
  a[i] = seed % 1000000
end
quicksort(a, 1, n)
local sum, bad = 0, 0
for i = 1, n do
  sum = sum + a[i]
  if i > 1 and a[i - 1] > a[i] then bad = bad + 1 end
end
print(string.format("sort: first %d, middle %d, last %d, sum %d, out of order %d",
  a[1], a[50000], a[n], sum, bad))
