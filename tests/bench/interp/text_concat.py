# 10^5 appends with += on a str (twin of text_concat.al).
def main():
    s = ""
    for i in range(100000):
        s += "ab"
    print(f"text_concat: length {len(s)}, tail {s[-4:]}")


main()
