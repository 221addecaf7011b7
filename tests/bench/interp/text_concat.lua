-- 10^5 appends with s = s .. x (twin of text_concat.al).
local s = ""
for i = 1, 100000 do
  s = s .. "ab"
end
print(string.format("text_concat: length %d, tail %s", #s, s:sub(-4)))
