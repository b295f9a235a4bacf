// Pointers stored in integer slots through casts (the objects are exposed,
// so casting back gives them their provenance), as handle tables do.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uintptr_t handles[4];

static int put(void *p)
{
    for (int i = 0; i < 4; i++)
        if (!handles[i]) {
            handles[i] = (uintptr_t)p;
            return i;
        }
    return -1;
}

static void *get(int h)
{
    return (void *)handles[h];
}

int main(void)
{
    int *a = malloc(sizeof *a);
    double *b = malloc(sizeof *b);
    *a = 5;
    *b = 2.5;
    int ha = put(a), hb = put(b);
    static char name[] = "static name";
    int hc = put(name);
    printf("%d %.1f %s\n", *(int *)get(ha), *(double *)get(hb), (char *)get(hc));
    long slots[2];
    slots[0] = (long)a;
    *(int *)slots[0] += 1;
    printf("%d\n", *a);
    free(a);
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
5 2.5 static name
6
*/
