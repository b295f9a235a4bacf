// sort: top-down merge sort and quicksort (Hoare partition, median of three,
// insertion sort for short ranges) on int arrays with several input shapes;
// verified by sortedness, agreement of both sorts and a multiset hash.
// Measures: array indexing, compares and swaps, recursion, scratch buffers.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef LEN
#define LEN 600000
#endif

static uint64_t rng_state = 0xDEADBEEFCAFEF00Dull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

static void insertion_sort(int *a, long lo, long hi) /* inclusive bounds */
{
    for (long i = lo + 1; i <= hi; i++) {
        int v = a[i];
        long j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void merge_sort_rec(int *a, int *tmp, long lo, long hi) /* [lo, hi) */
{
    if (hi - lo <= 16) {
        insertion_sort(a, lo, hi - 1);
        return;
    }
    long mid = lo + (hi - lo) / 2;
    merge_sort_rec(a, tmp, lo, mid);
    merge_sort_rec(a, tmp, mid, hi);
    if (a[mid - 1] <= a[mid])
        return;
    long i = lo, j = mid, k = lo;
    while (i < mid && j < hi)
        tmp[k++] = (a[j] < a[i]) ? a[j++] : a[i++];
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < hi)
        tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof(int));
}

static void merge_sort(int *a, long n)
{
    int *tmp = malloc((size_t)n * sizeof(int));
    if (!tmp) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    merge_sort_rec(a, tmp, 0, n);
    free(tmp);
}

static void swap(int *a, long i, long j)
{
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
}

static void quick_sort(int *a, long lo, long hi) /* inclusive bounds */
{
    while (hi - lo > 16) {
        long mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo])
            swap(a, mid, lo);
        if (a[hi] < a[lo])
            swap(a, hi, lo);
        if (a[hi] < a[mid])
            swap(a, hi, mid);
        int pivot = a[mid];
        long i = lo - 1, j = hi + 1;
        for (;;) {
            do
                i++;
            while (a[i] < pivot);
            do
                j--;
            while (a[j] > pivot);
            if (i >= j)
                break;
            swap(a, i, j);
        }
        /* recurse into the smaller half, loop on the larger */
        if (j - lo < hi - j) {
            quick_sort(a, lo, j);
            lo = j + 1;
        } else {
            quick_sort(a, j + 1, hi);
            hi = j;
        }
    }
    insertion_sort(a, lo, hi);
}

static uint64_t mix(uint64_t v)
{
    v ^= v >> 33;
    v *= 0xff51afd7ed558ccdull;
    v ^= v >> 33;
    return v;
}

static uint64_t multiset_hash(const int *a, long n)
{
    uint64_t h = 0;
    for (long i = 0; i < n; i++)
        h += mix((uint64_t)(uint32_t)a[i]);
    return h;
}

static void fill(int *a, long n, int shape)
{
    for (long i = 0; i < n; i++) {
        switch (shape) {
        case 0: /* uniform random */
            a[i] = (int)(rnd() >> 33) - (1 << 30);
            break;
        case 1: /* few distinct values */
            a[i] = (int)(rnd() % 100);
            break;
        case 2: /* nearly sorted */
            a[i] = (int)i;
            break;
        default: /* descending with noise */
            a[i] = (int)(n - i) * 4 + (int)(rnd() % 16);
            break;
        }
    }
    if (shape == 2)
        for (long k = 0; k < n / 100; k++) {
            long x = (long)(rnd() % (uint64_t)n), y = (long)(rnd() % (uint64_t)n);
            swap(a, x, y);
        }
}

int main(void)
{
    int *a = malloc(LEN * sizeof(int));
    int *b = malloc(LEN * sizeof(int));
    if (!a || !b) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    uint64_t checksum = 0;
    int ok = 1;
    for (int round = 0; round < 2; round++) {
        for (int shape = 0; shape < 4; shape++) {
            fill(a, LEN, shape);
            memcpy(b, a, LEN * sizeof(int));
            uint64_t before = multiset_hash(a, LEN);
            merge_sort(a, LEN);
            quick_sort(b, 0, LEN - 1);
            for (long i = 1; i < LEN; i++)
                if (a[i - 1] > a[i])
                    ok = 0;
            if (memcmp(a, b, LEN * sizeof(int)) != 0)
                ok = 0;
            if (multiset_hash(a, LEN) != before)
                ok = 0;
            for (long i = 0; i < LEN; i += 997)
                checksum = checksum * 31 + (uint64_t)(uint32_t)a[i];
        }
    }
    free(a);
    free(b);
    printf("checksum: %016llx\n", (unsigned long long)checksum);
    return ok ? 0 : 1;
}
