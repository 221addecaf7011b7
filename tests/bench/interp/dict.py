# 10^6 inserts into a dict with int keys, then 10^6 lookups in another order
# (keys (7 * i) % 10^6 + 1) (twin of dict.al).
def main():
    d = {}
    for i in range(1, 1000000 + 1):
        d[i] = i % 1000
    total = 0
    for i in range(1, 1000000 + 1):
        total += d[(7 * i) % 1000000 + 1]
    print(f"dict: count {len(d)}, sum {total}")


main()
