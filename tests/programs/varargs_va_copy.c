#include <stdio.h>
#include <stdarg.h>

/* two passes over the same arguments with va_copy */
static void min_max(int n, ...) {
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    int mn = 0, mx = 0;
    for (int i = 0; i < n; i++) { int v = va_arg(ap, int); if (i == 0 || v < mn) mn = v; }
    for (int i = 0; i < n; i++) { int v = va_arg(ap2, int); if (i == 0 || v > mx) mx = v; }
    va_end(ap2);
    va_end(ap);
    printf("n=%d min=%d max=%d\n", n, mn, mx);
}

/* pass va_list to a helper that consumes part of it */
static int take_pair(va_list *ap) {
    int a = va_arg(*ap, int);
    int b = va_arg(*ap, int);
    return a * b;
}
static int sum_of_products(int pairs, ...) {
    va_list ap;
    va_start(ap, pairs);
    int s = 0;
    for (int i = 0; i < pairs; i++) s += take_pair(&ap);
    va_end(ap);
    return s;
}

/* va_copy mid-stream: peek at remaining arguments */
static void peek_then_read(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int first = va_arg(ap, int);
    va_list rest;
    va_copy(rest, ap);
    long rest_sum = 0;
    for (int i = 1; i < n; i++) rest_sum += va_arg(rest, int);
    va_end(rest);
    int second = n > 1 ? va_arg(ap, int) : -1;
    va_end(ap);
    printf("first=%d second=%d rest_sum=%ld\n", first, second, rest_sum);
}

int main(void) {
    min_max(5, 3, -7, 12, 0, 9);
    min_max(1, 42);
    printf("sum_of_products=%d\n", sum_of_products(3, 2, 3, 4, 5, 6, 7));
    peek_then_read(4, 10, 20, 30, 40);
    peek_then_read(1, 99);
    return 0;
}

/* EXPECT-STDOUT:
n=5 min=-7 max=12
n=1 min=42 max=42
sum_of_products=68
first=10 second=20 rest_sum=90
first=99 second=-1 rest_sum=0
*/
