# Recursive Fibonacci: about 1.35 M function calls (twin of fib.al).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(f"fib(30) = {fib(30)}")
