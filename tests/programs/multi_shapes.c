// EXTRA: multi_shapes_lib.c
#include <stdio.h>
#include <string.h>
#include "multi_shapes.h"

int main(void) {
    struct shape shapes[] = {make_rect(3, 4), make_tri(5, 3), make_square(6), make_tri(7, 7), make_rect(1, 10)};
    int n = sizeof shapes / sizeof shapes[0];
    long total2 = 0;
    for (int i = 0; i < n; i++) {
        char desc[32];
        shapes[i].vt->describe(&shapes[i], desc, sizeof desc);
        long a2 = shapes[i].vt->area2(&shapes[i]);
        total2 += a2;
        printf("%-16s area=%ld.%d\n", desc, a2 / 2, (int)(a2 % 2) * 5);
    }
    printf("total area=%ld.%d\n", total2 / 2, (int)(total2 % 2) * 5);
    const struct shape_vtbl *const *reg;
    int nr = shape_registry(&reg);
    for (int k = 0; k < nr; k++) {
        int count = 0;
        for (int i = 0; i < n; i++) count += shapes[i].vt == reg[k];
        printf("kind %-6s count=%d\n", reg[k]->kind, count);
    }
    return 0;
}

/* EXPECT-STDOUT:
rect 3x4         area=12.0
tri base=5 h=3   area=7.5
square 6         area=36.0
tri base=7 h=7   area=24.5
rect 1x10        area=10.0
total area=90.0
kind rect   count=2
kind tri    count=2
kind square count=1
*/
