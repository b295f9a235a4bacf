#include <stdio.h>

struct point { int x, y; };
struct rect { struct point tl, br; };
struct style { unsigned color; struct { int width; char dash; } border; };
struct widget { const char *name; struct rect bounds; struct style style; struct widget *parent; };

static int area(const struct rect *r) { return (r->br.x - r->tl.x) * (r->br.y - r->tl.y); }

static void move(struct widget *w, int dx, int dy) {
    w->bounds.tl.x += dx; w->bounds.br.x += dx;
    w->bounds.tl.y += dy; w->bounds.br.y += dy;
}

int main(void) {
    struct widget root = {"root", {{0, 0}, {100, 50}}, {0xFFFFFF, {1, '-'}}, NULL};
    struct widget child = {
        .name = "child",
        .bounds = {.tl = {10, 10}, .br = {.x = 30, .y = 25}},
        .style = {.color = 0xFF0000, .border = {.width = 3, .dash = '.'}},
        .parent = &root,
    };
    printf("%s area=%d color=%06x border=%d%c\n", root.name, area(&root.bounds), root.style.color,
           root.style.border.width, root.style.border.dash);
    printf("%s area=%d parent=%s\n", child.name, area(&child.bounds), child.parent->name);
    move(&child, 5, -3);
    printf("moved: (%d,%d)-(%d,%d)\n", child.bounds.tl.x, child.bounds.tl.y, child.bounds.br.x, child.bounds.br.y);
    struct point *corner = &child.bounds.br;
    corner->x *= 2;
    printf("br.x=%d via parent chain: %d\n", child.bounds.br.x, child.parent->bounds.br.x);
    child.style.border = root.style.border;
    printf("copied border %d%c\n", child.style.border.width, child.style.border.dash);
    struct rect rs[2] = {root.bounds, child.bounds};
    printf("rs areas %d %d\n", area(&rs[0]), area(&rs[1]));
    printf("sizeof point=%zu rect=%zu style=%zu\n", sizeof(struct point), sizeof(struct rect), sizeof(struct style));
    return 0;
}

/* EXPECT-STDOUT:
root area=5000 color=ffffff border=1-
child area=300 parent=root
moved: (15,7)-(35,22)
br.x=70 via parent chain: 100
copied border 1-
rs areas 5000 825
sizeof point=8 rect=16 style=12
*/
