#include <stdio.h>
#include <string.h>

struct matrix { int rows, cols; double data[4][4]; };
struct student { char name[12]; int grades[5]; int ngrades; };
struct inventory { struct { char sku[8]; int qty; } items[4]; int count; };

static double mat_trace(const struct matrix *m) {
    double t = 0;
    for (int i = 0; i < m->rows && i < m->cols; i++) t += m->data[i][i];
    return t;
}

static double average(const struct student *s) {
    int sum = 0;
    for (int i = 0; i < s->ngrades; i++) sum += s->grades[i];
    return s->ngrades ? (double)sum / s->ngrades : 0.0;
}

int main(void) {
    struct matrix m = {3, 3, {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}};
    printf("trace=%g m[2][0]=%g m[3][3]=%g\n", mat_trace(&m), m.data[2][0], m.data[3][3]);
    struct student cls[3] = {
        {"ann", {90, 85, 77}, 3},
        {"ben", {60, 70, 80, 90, 100}, 5},
        {"cy", {0}, 0},
    };
    for (int i = 0; i < 3; i++) printf("%s avg=%.2f\n", cls[i].name, average(&cls[i]));
    strcpy(cls[2].name, "cyrus");
    cls[2].grades[cls[2].ngrades++] = 99;
    printf("%s avg=%.2f name_len=%zu\n", cls[2].name, average(&cls[2]), strlen(cls[2].name));
    struct inventory inv = {.count = 0};
    const char *skus[] = {"A100", "B200", "C300"};
    for (int i = 0; i < 3; i++) {
        strcpy(inv.items[inv.count].sku, skus[i]);
        inv.items[inv.count].qty = (i + 1) * 7;
        inv.count++;
    }
    int total = 0;
    for (int i = 0; i < inv.count; i++) {
        printf("%s:%d ", inv.items[i].sku, inv.items[i].qty);
        total += inv.items[i].qty;
    }
    printf("total=%d unused qty=%d\n", total, inv.items[3].qty);
    struct matrix copy = m;
    copy.data[0][0] = 100;
    printf("orig=%g copy=%g\n", m.data[0][0], copy.data[0][0]);
    return 0;
}

/* EXPECT-STDOUT:
trace=15 m[2][0]=7 m[3][3]=0
ann avg=84.00
ben avg=80.00
cy avg=0.00
cyrus avg=99.00 name_len=5
A100:7 B200:14 C300:21 total=42 unused qty=0
orig=1 copy=100
*/
