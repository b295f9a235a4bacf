#include <stdio.h>

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

/* Hofstadter female/male sequences */
static int M(int n);
static int F(int n) { return n == 0 ? 1 : n - M(F(n - 1)); }
static int M(int n) { return n == 0 ? 0 : n - F(M(n - 1)); }

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int ackermann(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static int depth_sum(int n) { return n == 0 ? 0 : n + depth_sum(n - 1); }

static void hanoi(int n, char from, char to, char via, int *moves) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to, moves);
    (*moves)++;
    if (n >= 3) printf("move disk %d %c->%c\n", n, from, to);
    hanoi(n - 1, via, to, from, moves);
}

int main(void) {
    printf("even(10)=%d odd(7)=%d even(7)=%d\n", is_even(10), is_odd(7), is_even(7));
    printf("F:");
    for (int i = 0; i < 15; i++) printf(" %d", F(i));
    printf("\nM:");
    for (int i = 0; i < 15; i++) printf(" %d", M(i));
    printf("\n");
    printf("fib(20)=%ld\n", fib(20));
    printf("ack(2,3)=%d ack(3,3)=%d\n", ackermann(2, 3), ackermann(3, 3));
    printf("depth_sum(5000)=%d\n", depth_sum(5000));
    int moves = 0;
    hanoi(5, 'A', 'C', 'B', &moves);
    printf("moves=%d\n", moves);
    return 0;
}

/* EXPECT-STDOUT:
even(10)=1 odd(7)=1 even(7)=0
F: 1 1 2 2 3 3 4 5 5 6 6 7 8 8 9
M: 0 0 1 2 2 3 4 4 5 6 6 7 7 8 9
fib(20)=6765
ack(2,3)=9 ack(3,3)=61
depth_sum(5000)=12502500
move disk 3 A->C
move disk 4 A->B
move disk 3 C->B
move disk 5 A->C
move disk 3 B->A
move disk 4 B->C
move disk 3 A->C
moves=31
*/
