#include <stdio.h>

enum kind { K_NONE, K_INT, K_STR, K_LIST };

struct opt {
    const char *name;
    enum kind kind;
    union { int ival; const char *sval; struct { int n; int items[4]; } list; } def;
    struct { char short_name; unsigned required : 1; unsigned hidden : 1; } flags;
};

static const struct opt options[] = {
    [0] = {.name = "verbose", .kind = K_INT, .def.ival = 1, .flags = {'v', 0, 0}},
    [1] = {.name = "output", .kind = K_STR, .def = {.sval = "a.out"}, .flags.short_name = 'o', .flags.required = 1},
    [2] = {.name = "levels", .kind = K_LIST, .def.list = {3, {10, 20, 30}}, .flags = {.short_name = 'l'}},
    [4] = {.name = "secret", .kind = K_INT, .def.ival = -1, .flags.hidden = 1},
    [3] = {"plain", K_NONE, {0}, {0, 0, 0}},
};

static const int matrix[3][3] = {[0][0] = 1, [1][1] = 1, [2][2] = 1, [0][2] = 5};

struct node { int v; const struct node *kids[3]; };
static const struct node leaf1 = {1, {0}}, leaf2 = {2, {0}}, leaf3 = {3, {0}};
static const struct node mid = {10, {&leaf1, &leaf2}};
static const struct node root = {100, {&mid, [2] = &leaf3}};

static int tree_sum(const struct node *n) {
    if (!n) return 0;
    int s = n->v;
    for (int i = 0; i < 3; i++) s += tree_sum(n->kids[i]);
    return s;
}

int main(void) {
    for (unsigned i = 0; i < sizeof options / sizeof options[0]; i++) {
        const struct opt *o = &options[i];
        printf("%-8s -%c req=%u hid=%u ", o->name, o->flags.short_name ? o->flags.short_name : '-', o->flags.required,
               o->flags.hidden);
        switch (o->kind) {
        case K_INT: printf("int %d\n", o->def.ival); break;
        case K_STR: printf("str %s\n", o->def.sval); break;
        case K_LIST:
            printf("list n=%d:", o->def.list.n);
            for (int k = 0; k < 4; k++) printf(" %d", o->def.list.items[k]);
            printf("\n");
            break;
        default: printf("none\n");
        }
    }
    for (int r = 0; r < 3; r++) printf("%d %d %d\n", matrix[r][0], matrix[r][1], matrix[r][2]);
    printf("tree sum=%d\n", tree_sum(&root));
    return 0;
}

/* EXPECT-STDOUT:
verbose  -v req=0 hid=0 int 1
output   -o req=1 hid=0 str a.out
levels   -l req=0 hid=0 list n=3: 10 20 30 0
plain    -- req=0 hid=0 none
secret   -- req=0 hid=1 int -1
1 0 5
0 1 0
0 0 1
tree sum=116
*/
