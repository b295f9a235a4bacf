#include <stdio.h>

struct point { int x, y; };
struct poly { const char *name; int n; struct point pts[4]; };
struct config {
    struct { int w, h; struct { int r, g, b; } bg; } win;
    int flags[6];
    struct poly shapes[2];
};

static const struct config cfg = {
    .win.w = 640,
    .win.h = 480,
    .win.bg.g = 128,
    .flags[2] = 1,
    .flags[5] = 7,
    .shapes[1].name = "tri",
    .shapes[1].n = 3,
    .shapes[1].pts[1].y = 10,
    .shapes[1].pts[2] = {5, 5},
    .shapes[0] = {"dot", 1, {{1, 1}}},
};

int main(void) {
    printf("win %dx%d bg=%d,%d,%d\n", cfg.win.w, cfg.win.h, cfg.win.bg.r, cfg.win.bg.g, cfg.win.bg.b);
    printf("flags:");
    for (int i = 0; i < 6; i++) printf(" %d", cfg.flags[i]);
    printf("\n");
    for (int s = 0; s < 2; s++) {
        printf("%s n=%d:", cfg.shapes[s].name, cfg.shapes[s].n);
        for (int i = 0; i < 4; i++) printf(" (%d,%d)", cfg.shapes[s].pts[i].x, cfg.shapes[s].pts[i].y);
        printf("\n");
    }
    /* local with nested designators mixed with positional continuation */
    struct poly local = {.name = "quad", .pts[1] = {2, 0}, {2, 2}, {0, 2}, .n = 4};
    printf("%s n=%d:", local.name, local.n);
    for (int i = 0; i < 4; i++) printf(" (%d,%d)", local.pts[i].x, local.pts[i].y);
    printf("\n");
    struct point grid[2][3] = {[1][2] = {9, 9}, [0][1].y = 4, [1][0].x = -1};
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++) printf("g[%d][%d]=(%d,%d)%s", i, j, grid[i][j].x, grid[i][j].y, j == 2 ? "\n" : " ");
    return 0;
}

/* EXPECT-STDOUT:
win 640x480 bg=0,128,0
flags: 0 0 1 0 0 7
dot n=1: (1,1) (0,0) (0,0) (0,0)
tri n=3: (0,0) (0,10) (5,5) (0,0)
quad n=4: (0,0) (2,0) (2,2) (0,2)
g[0][0]=(0,0) g[0][1]=(0,4) g[0][2]=(0,0)
g[1][0]=(-1,0) g[1][1]=(0,0) g[1][2]=(9,9)
*/
