#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person { char name[16]; int age; double score; };

static int by_age_then_name(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}
static int by_score_desc(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    return (p->score < q->score) - (p->score > q->score);
}
static int by_name_ptr(const void *a, const void *b) {
    const struct person *const *p = a, *const *q = b;
    return strcmp((*p)->name, (*q)->name);
}

static void show(const struct person *ps, int n) {
    for (int i = 0; i < n; i++) printf("  %-6s %2d %5.1f\n", ps[i].name, ps[i].age, ps[i].score);
}

int main(void) {
    struct person people[] = {
        {"zoe", 30, 88.5}, {"adam", 25, 91.0}, {"bob", 30, 72.25},
        {"carl", 25, 91.5}, {"dina", 41, 60.0}, {"eve", 19, 99.9},
    };
    int n = sizeof people / sizeof people[0];
    qsort(people, n, sizeof people[0], by_age_then_name);
    printf("by age, name:\n");
    show(people, n);
    qsort(people, n, sizeof people[0], by_score_desc);
    printf("by score desc:\n");
    show(people, n);
    const struct person *ptrs[6];
    for (int i = 0; i < n; i++) ptrs[i] = &people[i];
    qsort(ptrs, n, sizeof ptrs[0], by_name_ptr);
    printf("by name via pointers:");
    for (int i = 0; i < n; i++) printf(" %s", ptrs[i]->name);
    printf("\n");
    struct person key;
    memset(&key, 0, sizeof key);
    strcpy(key.name, "dina");
    const struct person *kp = &key;
    const struct person **hit = bsearch(&kp, ptrs, n, sizeof ptrs[0], by_name_ptr);
    if (hit) printf("dina is %d\n", (*hit)->age);
    return 0;
}

/* EXPECT-STDOUT:
by age, name:
  eve    19  99.9
  adam   25  91.0
  carl   25  91.5
  bob    30  72.2
  zoe    30  88.5
  dina   41  60.0
by score desc:
  eve    19  99.9
  carl   25  91.5
  adam   25  91.0
  zoe    30  88.5
  bob    30  72.2
  dina   41  60.0
by name via pointers: adam bob carl dina eve zoe
dina is 41
*/
