// HELPER
#include <stdio.h>
#include "multi_shapes.h"

static long rect_area2(const struct shape *s) { return 2L * s->a * s->b; }
static long tri_area2(const struct shape *s) { return (long)s->a * s->b; }
static void rect_describe(const struct shape *s, char *buf, int n) { snprintf(buf, (size_t)n, "rect %dx%d", s->a, s->b); }
static void tri_describe(const struct shape *s, char *buf, int n) { snprintf(buf, (size_t)n, "tri base=%d h=%d", s->a, s->b); }
static void square_describe(const struct shape *s, char *buf, int n) { snprintf(buf, (size_t)n, "square %d", s->a); }

static const struct shape_vtbl rect_vt = {"rect", rect_area2, rect_describe};
static const struct shape_vtbl tri_vt = {.kind = "tri", .area2 = tri_area2, .describe = tri_describe};
static const struct shape_vtbl square_vt = {"square", rect_area2, square_describe};

static const struct shape_vtbl *const registry[] = {&rect_vt, &tri_vt, &square_vt};

struct shape make_rect(int w, int h) { return (struct shape){&rect_vt, w, h, 0}; }
struct shape make_tri(int base, int height) { return (struct shape){.vt = &tri_vt, .a = base, .b = height}; }
struct shape make_square(int s) { struct shape r = make_rect(s, s); r.vt = &square_vt; return r; }

int shape_registry(const struct shape_vtbl *const **out) {
    *out = registry;
    return (int)(sizeof registry / sizeof registry[0]);
}
