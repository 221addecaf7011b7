# 10^5 appends to a list, then one ''.join (twin of text_builder.al).
def main():
    parts = []
    for i in range(100000):
        parts.append("ab")
    s = "".join(parts)
    print(f"text_builder: length {len(s)}, tail {s[-4:]}")


main()
