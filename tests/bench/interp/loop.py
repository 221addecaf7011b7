# A counted loop: the sum of 1..10^7 (twin of loop.al).
def main():
    total = 0
    for i in range(1, 10000000 + 1):
        total += i
    print(f"sum(1..10^7) = {total}")


main()
