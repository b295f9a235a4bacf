#include <stdio.h>

struct shape;
struct shape_ops {
    const char *name;
    double (*area)(const struct shape *);
    double (*perimeter)(const struct shape *);
    void (*scale)(struct shape *, double);
};
struct shape { const struct shape_ops *ops; double a, b; };

static double rect_area(const struct shape *s) { return s->a * s->b; }
static double rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static void rect_scale(struct shape *s, double k) { s->a *= k; s->b *= k; }
static double circ_area(const struct shape *s) { return 3.0 * s->a * s->a; }
static double circ_perim(const struct shape *s) { return 6.0 * s->a; }
static void circ_scale(struct shape *s, double k) { s->a *= k; }
static double tri_area(const struct shape *s) { return 0.5 * s->a * s->b; }

static const struct shape_ops rect_ops = {"rect", rect_area, rect_perim, rect_scale};
static const struct shape_ops circ_ops = {.name = "circle", .area = circ_area,
                                          .perimeter = circ_perim, .scale = circ_scale};
static const struct shape_ops tri_ops = {.name = "tri", .area = tri_area}; /* partial */

int main(void) {
    struct shape shapes[] = {
        {&rect_ops, 3, 4}, {&circ_ops, 2, 0}, {&tri_ops, 6, 5}, {&rect_ops, 1.5, 1.5},
    };
    double total = 0;
    for (int i = 0; i < 4; i++) {
        struct shape *s = &shapes[i];
        double ar = s->ops->area(s);
        total += ar;
        printf("%-6s area=%.2f", s->ops->name, ar);
        if (s->ops->perimeter) printf(" perim=%.2f", s->ops->perimeter(s));
        else printf(" perim=n/a");
        if (s->ops->scale) {
            s->ops->scale(s, 2.0);
            printf(" scaled area=%.2f", s->ops->area(s));
        }
        printf("\n");
    }
    printf("total=%.2f\n", total);
    return 0;
}

/* EXPECT-STDOUT:
rect   area=12.00 perim=14.00 scaled area=48.00
circle area=12.00 perim=12.00 scaled area=48.00
tri    area=15.00 perim=n/a
rect   area=2.25 perim=6.00 scaled area=9.00
total=41.25
*/
