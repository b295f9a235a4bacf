#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

struct hlist_node { struct hlist_node *next, **pprev; };
struct hlist_head { struct hlist_node *first; };

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#define hlist_entry_safe(ptr, type, member) ({ __typeof__(ptr) ____ptr = (ptr); ____ptr ? container_of(____ptr, type, member) : NULL; })
#define hlist_for_each_entry(pos, head, member) \
    for (pos = hlist_entry_safe((head)->first, __typeof__(*(pos)), member); pos; \
         pos = hlist_entry_safe((pos)->member.next, __typeof__(*(pos)), member))

static inline void hlist_add_head(struct hlist_node *n, struct hlist_head *h) {
    struct hlist_node *first = h->first;
    n->next = first;
    if (first) first->pprev = &n->next;
    h->first = n;
    n->pprev = &h->first;
}
static inline void hlist_del(struct hlist_node *n) {
    *n->pprev = n->next;
    if (n->next) n->next->pprev = n->pprev;
    n->next = NULL;
    n->pprev = NULL;
}

#define HASH_BITS 4
#define HASH_SIZE (1u << HASH_BITS)
static struct hlist_head table[HASH_SIZE];

struct user { int uid; char name[12]; struct hlist_node node; };

static unsigned hash_int(unsigned v) { return (v * 0x61C88647u) >> (32 - HASH_BITS); }

static struct user *find(int uid) {
    struct user *u;
    hlist_for_each_entry(u, &table[hash_int((unsigned)uid)], node)
        if (u->uid == uid) return u;
    return NULL;
}

int main(void) {
    const char *names[] = {"root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail", "news"};
    int uids[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    for (int i = 0; i < 10; i++) {
        struct user *u = malloc(sizeof *u);
        u->uid = uids[i] * 1000 + 17;
        strcpy(u->name, names[i]);
        hlist_add_head(&u->node, &table[hash_int((unsigned)u->uid)]);
    }
    for (unsigned b = 0; b < HASH_SIZE; b++) {
        struct user *u;
        int cnt = 0;
        hlist_for_each_entry(u, &table[b], node) cnt++;
        if (cnt) {
            printf("bucket %2u:", b);
            hlist_for_each_entry(u, &table[b], node) printf(" %s(%d)", u->name, u->uid);
            printf("\n");
        }
    }
    int lookups[] = {17, 5017, 9017, 42};
    for (int i = 0; i < 4; i++) {
        struct user *u = find(lookups[i]);
        printf("find %d -> %s\n", lookups[i], u ? u->name : "(none)");
    }
    struct user *victim = find(5017);
    hlist_del(&victim->node);
    free(victim);
    printf("after delete find 5017 -> %s\n", find(5017) ? "found" : "(none)");
    for (unsigned b = 0; b < HASH_SIZE; b++)
        while (table[b].first) {
            struct user *u = container_of(table[b].first, struct user, node);
            hlist_del(&u->node);
            free(u);
        }
    printf("all freed\n");
    return 0;
}

/* EXPECT-STDOUT:
bucket  3: news(9017) mail(8017)
bucket  4: lp(7017) man(6017)
bucket  5: games(5017) sync(4017)
bucket  6: sys(3017) bin(2017)
bucket  7: daemon(1017) root(17)
find 17 -> root
find 5017 -> games
find 9017 -> news
find 42 -> (none)
after delete find 5017 -> (none)
all freed
*/
