#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

struct item { int id; double weight; char tag[4]; };

int main(void) {
    struct item *items = calloc(5, sizeof *items);
    int allzero = 1;
    for (int i = 0; i < 5; i++)
        if (items[i].id != 0 || items[i].weight != 0.0 || items[i].tag[0] != 0) allzero = 0;
    printf("calloc zeroed=%d\n", allzero);
    for (int i = 0; i < 5; i++) { items[i].id = i + 1; items[i].weight = i * 0.5; }
    double total = 0;
    for (int i = 0; i < 5; i++) total += items[i].weight * items[i].id;
    printf("total=%g\n", total);
    free(items);
    unsigned char *bytes = calloc(100, 1);
    int nz = 0;
    for (int i = 0; i < 100; i++) nz += bytes[i] != 0;
    printf("nonzero=%d\n", nz);
    free(bytes);
    void *al = aligned_alloc(64, 256);
    printf("aligned_alloc ok=%d\n", al != NULL && (uintptr_t)al % 64 == 0);
    memset(al, 1, 256);
    free(al);
    void *pm = NULL;
    int rc = posix_memalign(&pm, 32, 100);
    printf("posix_memalign rc=%d ok=%d\n", rc, pm != NULL && (uintptr_t)pm % 32 == 0);
    free(pm);
    int *grid = calloc(4 * 4, sizeof *grid);
    for (int i = 0; i < 4; i++) grid[i * 4 + i] = 1;
    for (int i = 0; i < 4; i++) printf("%d%d%d%d\n", grid[i * 4], grid[i * 4 + 1], grid[i * 4 + 2], grid[i * 4 + 3]);
    free(grid);
    return 0;
}

/* EXPECT-STDOUT:
calloc zeroed=1
total=20
nonzero=0
aligned_alloc ok=1
posix_memalign rc=0 ok=1
1000
0100
0010
0001
*/
