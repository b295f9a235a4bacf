#include <stdio.h>
#include <stddef.h>

#define container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))

struct hook { struct hook *next; int prio; };
struct timer { const char *name; int expires; struct hook link; };
struct device { int id; char label[8]; struct hook link; double power; };

static void insert_sorted(struct hook **head, struct hook *h) {
    while (*head && (*head)->prio <= h->prio) head = &(*head)->next;
    h->next = *head;
    *head = h;
}

int main(void) {
    struct timer timers[] = {
        {"t-late", 90, {NULL, 90}}, {"t-early", 10, {NULL, 10}}, {"t-mid", 50, {NULL, 50}},
    };
    struct hook *head = NULL;
    for (int i = 0; i < 3; i++) insert_sorted(&head, &timers[i].link);
    for (struct hook *h = head; h; h = h->next) {
        struct timer *t = container_of(h, struct timer, link);
        printf("%s expires=%d\n", t->name, t->expires);
    }
    struct device devs[2] = {{1, "eth0", {NULL, 2}, 1.5}, {2, "wlan0", {NULL, 1}, 0.75}};
    struct hook *dh = NULL;
    insert_sorted(&dh, &devs[0].link);
    insert_sorted(&dh, &devs[1].link);
    for (struct hook *h = dh; h; h = h->next) {
        struct device *d = container_of(h, struct device, link);
        printf("dev %d %s power=%.2f\n", d->id, d->label, d->power);
    }
    double *pp = &devs[1].power;
    struct device *back = container_of(pp, struct device, power);
    printf("back from power: %s\n", back->label);
    printf("offsets: timer.link=%zu device.link=%zu device.power=%zu\n",
           offsetof(struct timer, link), offsetof(struct device, link), offsetof(struct device, power));
    return 0;
}

/* EXPECT-STDOUT:
t-early expires=10
t-mid expires=50
t-late expires=90
dev 2 wlan0 power=0.75
dev 1 eth0 power=1.50
back from power: wlan0
offsets: timer.link=16 device.link=16 device.power=32
*/
