-- 10^5 appends to a buffer table, then one table.concat (twin of text_builder.al).
local parts = {}
for i = 1, 100000 do
  parts[#parts + 1] = "ab"
end
local s = table.concat(parts)
print(string.format("text_builder: length %d, tail %s", #s, s:sub(-4)))
