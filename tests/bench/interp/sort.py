# An in-place recursive quicksort (Hoare partition, middle pivot) of 100000
# integers from the Park-Miller generator (Schrage's method); the same
# algorithm on the same data as sort.al (1-based, like AL's arrays: a[0] is
# not used).


def next_random(x):
    """x := 48271 * x mod (2^31 - 1), computed without overflow."""
    x = 48271 * (x % 44488) - 3399 * (x // 44488)
    if x <= 0:
        x += 2147483647
    return x


def quicksort(a, lo, hi):
    i, j = lo, hi
    p = a[(lo + hi) // 2]
    while True:
        while a[i] < p:
            i += 1
        while a[j] > p:
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
        if i > j:
            break
    if lo < j:
        quicksort(a, lo, j)
    if i < hi:
        quicksort(a, i, hi)


def main():
    n = 100000
    a = [0] * (n + 1)
    seed = 42
    for i in range(1, n + 1):
        seed = next_random(seed)
        a[i] = seed % 1000000
    quicksort(a, 1, n)
    total = bad = 0
    for i in range(1, n + 1):
        total += a[i]
        if i > 1 and a[i - 1] > a[i]:
            bad += 1
    print(f"sort: first {a[1]}, middle {a[50000]}, last {a[n]}, sum {total}, out of order {bad}")


main()
