#ifndef MULTI_SHAPES_H
#define MULTI_SHAPES_H

struct shape;

struct shape_vtbl {
    const char *kind;
    long (*area2)(const struct shape *);     /* twice the area, exact integers */
    void (*describe)(const struct shape *, char *buf, int n);
};

struct shape {
    const struct shape_vtbl *vt;
    int a, b, c;
};

struct shape make_rect(int w, int h);
struct shape make_tri(int base, int height);
struct shape make_square(int s);
int shape_registry(const struct shape_vtbl *const **out);

#endif
